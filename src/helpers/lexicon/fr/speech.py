"""French: speech verbs, attribution phrases, titles and role nouns, pronouns, quotation marks.

Plain data, read by :mod:`helpers.extract.attribution`, :mod:`helpers.extract.quotes` and
:mod:`helpers.extract.speakers`. Lower case; matching folds accents and typographic apostrophes. General vocabulary of
the language, never phrases of one article.
"""

_SPEECH_VERB_FORMS = ("dire", "a fait savoir", "relève", "relevé", "calcule", "calculent", "calculé", "calculait",
    "ironise", "ironisé", "s'attend", "s'attendent", "promettre")
"""Speech verb forms outside the paradigms below (forms with a word after them, rarer verbs); merged into
:data:`SPEECH_VERBS`."""

SPEECH_VERB_PARADIGMS = {
    "recenser": ("recense", "recensent", "recensait", "recensaient", "recensé", "dénombre", "dénombrent", "dénombrait",
                 "dénombré"),  # a source's own count of a figure ("l'Onem recense 1 020 emplois")
    "saluer": (
        "salue", "saluent", "saluons", "saluait", "saluaient", "salua", "saluèrent", "saluera", "salueront",
        "saluerait", "salueraient", "salué", "saluant"),
    "déclarer": (
        "déclare", "déclarent", "déclarons", "déclarait", "déclaraient", "déclara", "déclarèrent", "déclarera",
        "déclareront", "déclarerait", "déclareraient", "déclaré", "déclarant"),
    "affirmer": (
        "affirme", "affirment", "affirmons", "affirmait", "affirmaient", "affirma", "affirmèrent", "affirmera",
        "affirmeront", "affirmerait", "affirmeraient", "affirmé", "affirmant"),
    "estimer": (
        "estime", "estiment", "estimons", "estimait", "estimaient", "estima", "estimèrent", "estimera",
        "estimeront", "estimerait", "estimeraient", "estimé", "estimant"),
    "expliquer": (
        "explique", "expliquent", "expliquons", "expliquait", "expliquaient", "expliqua", "expliquèrent",
        "expliquera", "expliqueront", "expliquerait", "expliqueraient", "expliqué", "expliquant"),
    "ajouter": (
        "ajoute", "ajoutent", "ajoutons", "ajoutait", "ajoutaient", "ajouta", "ajoutèrent", "ajoutera",
        "ajouteront", "ajouterait", "ajouteraient", "ajouté", "ajoutant"),
    "indiquer": (
        "indique", "indiquent", "indiquons", "indiquait", "indiquaient", "indiqua", "indiquèrent", "indiquera",
        "indiqueront", "indiquerait", "indiqueraient", "indiqué", "indiquant"),
    "préciser": (
        "précise", "précisent", "précisons", "précisait", "précisaient", "précisa", "précisèrent", "précisera",
        "préciseront", "préciserait", "préciseraient", "précisé", "précisant"),
    "souligner": (
        "souligne", "soulignent", "soulignons", "soulignait", "soulignaient", "souligna", "soulignèrent",
        "soulignera", "souligneront", "soulignerait", "souligneraient", "souligné", "soulignant"),
    "assurer": (
        "assure", "assurent", "assurons", "assurait", "assuraient", "assura", "assurèrent", "assurera",
        "assureront", "assurerait", "assureraient", "assuré", "assurant"),
    "annoncer": (
        "annonce", "annoncent", "annonçons", "annonçait", "annonçaient", "annonça", "annoncèrent", "annoncera",
        "annonceront", "annoncerait", "annonceraient", "annoncé", "annonçant"),
    "confier": (
        "confie", "confient", "confions", "confiait", "confiaient", "confia", "confièrent", "confiera",
        "confieront", "confierait", "confieraient", "confié", "confiant"),
    "insister": (
        "insiste", "insistent", "insistons", "insistait", "insistaient", "insista", "insistèrent", "insistera",
        "insisteront", "insisterait", "insisteraient", "insisté", "insistant"),
    "avancer": ("avance", "avancent", "avança", "avancé", "avançait", "avançant"),
    "juger": (
        "juge", "jugent", "jugeons", "jugeait", "jugeaient", "jugea", "jugèrent", "jugera", "jugeront", "jugerait",
        "jugeraient", "jugé", "jugeant"),
    "penser": (
        "pense", "pensent", "pensons", "pensait", "pensaient", "pensa", "pensèrent", "pensera", "penseront",
        "penserait", "penseraient", "pensé", "pensant"),
    "signaler": (
        "signale", "signalent", "signalons", "signalait", "signalaient", "signala", "signalèrent", "signalera",
        "signaleront", "signalerait", "signaleraient", "signalé", "signalant"),
    "observer": (
        "observe", "observent", "observons", "observait", "observaient", "observa", "observèrent", "observera",
        "observeront", "observerait", "observeraient", "observé", "observant"),
    "constater": (
        "constate", "constatent", "constatons", "constatait", "constataient", "constata", "constatèrent",
        "constatera", "constateront", "constaterait", "constateraient", "constaté", "constatant"),
    "commenter": (
        "commente", "commentent", "commentons", "commentait", "commentaient", "commenta", "commentèrent",
        "commentera", "commenteront", "commenterait", "commenteraient", "commenté", "commentant"),
    "dénoncer": (
        "dénonce", "dénoncent", "dénonçons", "dénonçait", "dénonçaient", "dénonça", "dénoncèrent", "dénoncera",
        "dénonceront", "dénoncerait", "dénonceraient", "dénoncé", "dénonçant"),
    "regretter": (
        "regrette", "regrettent", "regrettons", "regrettait", "regrettaient", "regretta", "regrettèrent",
        "regrettera", "regretteront", "regretterait", "regretteraient", "regretté", "regrettant"),
    "raconter": (
        "raconte", "racontent", "racontons", "racontait", "racontaient", "raconta", "racontèrent", "racontera",
        "raconteront", "raconterait", "raconteraient", "raconté", "racontant"),
    "confirmer": (
        "confirme", "confirment", "confirmons", "confirmait", "confirmaient", "confirma", "confirmèrent",
        "confirmera", "confirmeront", "confirmerait", "confirmeraient", "confirmé", "confirmant"),
    "nuancer": (
        "nuance", "nuancent", "nuançons", "nuançait", "nuançaient", "nuança", "nuancèrent", "nuancera",
        "nuanceront", "nuancerait", "nuanceraient", "nuancé", "nuançant"),
    "noter": (
        "note", "notent", "notons", "notait", "notaient", "nota", "notèrent", "notera", "noteront", "noterait",
        "noteraient", "noté", "notant"),
    "détailler": (
        "détaille", "détaillent", "détaillons", "détaillait", "détaillaient", "détailla", "détaillèrent",
        "détaillera", "détailleront", "détaillerait", "détailleraient", "détaillé", "détaillant"),
    "résumer": (
        "résume", "résument", "résumons", "résumait", "résumaient", "résuma", "résumèrent", "résumera",
        "résumeront", "résumerait", "résumeraient", "résumé", "résumant"),
    "argumenter": (
        "argumente", "argumentent", "argumentons", "argumentait", "argumentaient", "argumenta", "argumentèrent",
        "argumentera", "argumenteront", "argumenterait", "argumenteraient", "argumenté", "argumentant"),
    "qualifier": (
        "qualifie", "qualifient", "qualifions", "qualifiait", "qualifiaient", "qualifia", "qualifièrent",
        "qualifiera", "qualifieront", "qualifierait", "qualifieraient", "qualifié", "qualifiant"),
    "plaider": (
        "plaide", "plaident", "plaidons", "plaidait", "plaidaient", "plaida", "plaidèrent", "plaidera",
        "plaideront", "plaiderait", "plaideraient", "plaidé", "plaidant"),
    "démontrer": (
        "démontre", "démontrent", "démontrons", "démontrait", "démontraient", "démontra", "démontrèrent",
        "démontrera", "démontreront", "démontrerait", "démontreraient", "démontré", "démontrant"),
    "demander": (
        "demande", "demandent", "demandons", "demandait", "demandaient", "demanda", "demandèrent", "demandera",
        "demanderont", "demanderait", "demanderaient", "demandé", "demandant"),
    "exiger": (
        "exige", "exigent", "exigeons", "exigeait", "exigeaient", "exigea", "exigèrent", "exigera", "exigeront",
        "exigerait", "exigeraient", "exigé", "exigeant"),
    "certifier": (
        "certifie", "certifient", "certifions", "certifiait", "certifiaient", "certifia", "certifièrent",
        "certifiera", "certifieront", "certifierait", "certifieraient", "certifié", "certifiant"),
    "avouer": (
        "avoue", "avouent", "avouons", "avouait", "avouaient", "avoua", "avouèrent", "avouera", "avoueront",
        "avouerait", "avoueraient", "avoué", "avouant"),
    "réclamer": (
        "réclame", "réclament", "réclamons", "réclamait", "réclamaient", "réclama", "réclamèrent", "réclamera",
        "réclameront", "réclamerait", "réclameraient", "réclamé", "réclamant"),
    "revendiquer": (
        "revendique", "revendiquent", "revendiquons", "revendiquait", "revendiquaient", "revendiqua",
        "revendiquèrent", "revendiquera", "revendiqueront", "revendiquerait", "revendiqueraient", "revendiqué",
        "revendiquant"),
    "témoigner": (
        "témoigne", "témoignent", "témoignons", "témoignait", "témoignaient", "témoigna", "témoignèrent",
        "témoignera", "témoigneront", "témoignerait", "témoigneraient", "témoigné", "témoignant"),
    "souhaiter": (
        "souhaite", "souhaitent", "souhaitons", "souhaitait", "souhaitaient", "souhaita", "souhaitèrent",
        "souhaitera", "souhaiteront", "souhaiterait", "souhaiteraient", "souhaité", "souhaitant"),
    "évoquer": (
        "évoque", "évoquent", "évoquons", "évoquait", "évoquaient", "évoqua", "évoquèrent", "évoquera",
        "évoqueront", "évoquerait", "évoqueraient", "évoqué", "évoquant"),
    "alerter": (
        "alerte", "alertent", "alertons", "alertait", "alertaient", "alerta", "alertèrent", "alertera",
        "alerteront", "alerterait", "alerteraient", "alerté", "alertant"),
    "déplorer": (
        "déplore", "déplorent", "déplorons", "déplorait", "déploraient", "déplora", "déplorèrent", "déplorera",
        "déploreront", "déplorerait", "déploreraient", "déploré", "déplorant"),
    "rapporter": (
        "rapporte", "rapportent", "rapportons", "rapportait", "rapportaient", "rapporta", "rapportèrent",
        "rapportera", "rapporteront", "rapporterait", "rapporteraient", "rapporté", "rapportant"),
    "relater": (
        "relate", "relatent", "relatons", "relatait", "relataient", "relata", "relatèrent", "relatera",
        "relateront", "relaterait", "relateraient", "relaté", "relatant"),
    "nier": (
        "nie", "nient", "nions", "niait", "niaient", "nia", "nièrent", "niera", "nieront", "nierait", "nieraient",
        "nié", "niant"),
    "marteler": (
        "martèle", "martèlent", "martelons", "martelait", "martelaient", "martela", "martelèrent", "martèlera",
        "martèleront", "martèlerait", "martèleraient", "martelé", "martelant"),
    "rappeler": (
        "rappelle", "rappellent", "rappelons", "rappelait", "rappelaient", "rappela", "rappelèrent", "rappellera",
        "rappelleront", "rappellerait", "rappelleraient", "rappelé", "rappelant"),
    "considérer": (
        "considère", "considèrent", "considérons", "considérait", "considéraient", "considéra", "considérèrent",
        "considèrera", "considèreront", "considèrerait", "considèreraient", "considéré", "considérant",
        "considérera", "considéreront", "considérerait", "considéreraient"),
    "tempérer": (
        "tempère", "tempèrent", "tempérons", "tempérait", "tempéraient", "tempéra", "tempérèrent", "tempèrera",
        "tempèreront", "tempèrerait", "tempèreraient", "tempéré", "tempérant", "tempérera", "tempéreront",
        "tempérerait", "tempéreraient"),
    "répéter": (
        "répète", "répètent", "répétons", "répétait", "répétaient", "répéta", "répétèrent", "répètera",
        "répèteront", "répèterait", "répèteraient", "répété", "répétant", "répétera", "répéteront", "répéterait",
        "répéteraient"),
    "espérer": (
        "espère", "espèrent", "espérons", "espérait", "espéraient", "espéra", "espérèrent", "espèrera",
        "espèreront", "espèrerait", "espèreraient", "espéré", "espérant", "espérera", "espéreront", "espérerait",
        "espéreraient"),
    "lancer": ("lance", "lança", "lancé"),
    "dire": ("dit", "disent", "disait", "disaient", "dira", "diront", "dirait", "diraient", "disant", "dirent"),
    "écrire": (
        "écrit", "écrivent", "écrivait", "écrivaient", "écrivit", "écrivirent", "écrira", "écriront", "écrirait",
        "écriraient", "écrivant"),
    "reconnaître": (
        "reconnaît", "reconnait", "reconnaissent", "reconnaissait", "reconnaissaient", "reconnut", "reconnurent",
        "reconnaîtra", "reconnaitra", "reconnaîtrait", "reconnaitrait", "reconnu", "reconnaissant"),
    "prévenir": (
        "prévient", "préviennent", "prévenait", "prévenaient", "prévint", "préviendra", "préviendrait", "prévenu",
        "prévenant"),
    "avertir": (
        "avertit", "avertissent", "avertissait", "avertissaient", "avertira", "avertirait", "averti", "avertissant"),
    "conclure": (
        "conclut", "concluent", "concluait", "concluaient", "conclura", "conclurait", "conclu", "concluant"),
    "poursuivre": (
        "poursuit", "poursuivent", "poursuivait", "poursuivaient", "poursuivit", "poursuivra", "poursuivrait",
        "poursuivi", "poursuivant"),
    "promettre": (
        "promet", "promettent", "promettait", "promettaient", "promit", "promirent", "promettra", "promettront",
        "promettrait", "promettraient", "promis", "promettant"),
    "admettre": (
        "admet", "admettent", "admettait", "admettaient", "admit", "admettra", "admettrait", "admis", "admettant"),
    "répondre": (
        "répond", "répondent", "répondait", "répondaient", "répondit", "répondirent", "répondra", "répondrait",
        "répondu", "répondant"),
    "réagir": ("réagit", "réagissent", "réagissait", "réagissaient", "réagira", "réagirait", "réagi", "réagissant"),
    "soutenir": (
        "soutient", "soutiennent", "soutenait", "soutenaient", "soutint", "soutiendra", "soutiendrait", "soutenu",
        "soutenant"),
    "prétendre": (
        "prétend", "prétendent", "prétendait", "prétendaient", "prétendit", "prétendra", "prétendrait", "prétendu",
        "prétendant"),
    "craindre": (
        "craint", "craignent", "craignait", "craignaient", "craignit", "craindra", "craindrait", "craignant"),
    "démentir": (
        "dément", "démentent", "démentait", "démentaient", "démentit", "démentira", "démentirait", "démenti",
        "démentant"),
    "garantir": (
        "garantit", "garantissent", "garantissait", "garantissaient", "garantira", "garantirait", "garanti",
        "garantissant"),
    "prédire": ("prédit", "prédisent", "prédisait", "prédisaient", "prédira", "prédirait", "prédisant"),
    "apprendre (de source)": ("a-t-on appris", "apprend-on", "avons-nous appris", "a appris", "ont appris"),
    "faire savoir": ("fait savoir", "font savoir", "faisait savoir", "fit savoir", "fera savoir", "ferait savoir"),
    "se féliciter": (
        "se félicite", "se félicitent", "se félicitait", "s'est félicité", "s'est félicitée", "se sont félicités",
        "se félicitant"),
    "se réjouir": (
        "se réjouit", "se réjouissent", "se réjouissait", "s'est réjoui", "s'est réjouie", "se sont réjouis",
        "se réjouissant"),
    "s'inquiéter": (
        "s'inquiète", "s'inquiètent", "s'inquiétait", "s'est inquiété", "s'est inquiétée", "se sont inquiétés",
        "s'inquiétant"),
    "s'interroger": (
        "s'interroge", "s'interrogent", "s'interrogeait", "s'est interrogé", "s'est interrogée", "s'interrogeant"),
    "s'étonner": ("s'étonne", "s'étonnent", "s'étonnait", "s'est étonné", "s'est étonnée", "s'étonnant"),
    "mettre en garde": (
        "met en garde", "mettent en garde", "mettait en garde", "a mis en garde", "mis en garde",
        "mettant en garde"),
    "parler de": (
        "parle de", "parle d'", "parlent de", "parlent d'", "parlait de", "parlait d'", "parlé de", "parlé d'",
        "parlant de", "parlant d'"),
    # verbes d'incise de la presse (« ... », soupire X ; lâche-t-il) et de jugement
    "soupirer": ("soupire", "soupirent", "soupirait", "soupira", "soupiré"),
    "lâcher": ("lâche", "lâchent", "lâchait", "lâcha", "lâché"),
    "glisser": ("glisse", "glissent", "glissait", "glissa", "glissé"),
    "tonner": ("tonné",),
    "fustiger": ("fustige", "fustigent", "fustigeait", "fustigea", "fustigé"),
    "critiquer": ("critique", "critiquent", "critiquait", "critiqua", "critiqué"),
    "concéder": ("concède", "concèdent", "concédait", "concéda", "concédé"),
    "renchérir": ("renchérit", "renchérissent", "renchérissait", "renchéri"),
    "enchaîner": ("enchaîne", "enchaînait", "enchaîna", "enchaîné"),
    "rétorquer": ("rétorque", "rétorquent", "rétorquait", "rétorqua", "rétorqué"),
    "répliquer": ("réplique", "répliquent", "répliquait", "répliqua", "répliqué"),
    "objecter": ("objecte", "objectent", "objectait", "objecta", "objecté"),
    "protester": ("proteste", "protestent", "protestait", "protesta", "protesté"),
    "statuer": ("statue que", "statué"),  # (d'un tribunal)
    "trancher": ("tranche-t-il", "tranche-t-elle", "tranchait", "trancha", "tranché"),
    "plaisanter": ("plaisante", "plaisantait", "plaisanta", "plaisanté"),
    "sourire": ("sourit", "souriait", "sourit-il", "sourit-elle"),
    "analyser": ("analyse", "analysent", "analysait", "analysa", "analysé"),
    "justifier": ("justifie", "justifient", "justifiait", "justifia", "justifié"),
    "s'exclamer": ("s'exclame", "s'exclament", "s'exclamait", "s'est exclamé", "s'est exclamée"),
    "s'indigner": ("s'indigne", "s'indignent", "s'indignait", "s'est indigné", "s'est indignée", "se sont indignés"),
    "s'insurger": ("s'insurge", "s'insurgent", "s'insurgeait", "s'est insurgé", "s'est insurgée"),
    "s'agacer": ("s'agace", "s'agacent", "s'agaçait", "s'est agacé", "s'est agacée"),
    "s'alarmer": ("s'alarme", "s'alarment", "s'alarmait", "s'est alarmé", "s'est alarmée"),
    "s'emporter": ("s'emporte", "s'emportent", "s'emportait", "s'est emporté", "s'est emportée"),
    "se désoler": ("se désole", "se désolent", "se désolait"),
    "s'amuser": ("s'amuse", "s'amusent", "s'amusait"),
}
"""Speech verbs by infinitive with every form a report uses: present (3rd person, and 1st plural), past,
future and conditional, past participle (compound tenses take their auxiliary from :data:`AUXILIARIES`) and
present participle; separable verbs in both orders."""

SPEECH_VERBS = tuple(dict.fromkeys(_SPEECH_VERB_FORMS + tuple(f for forms in SPEECH_VERB_PARADIGMS.values()
                                                              for f in forms)))
"""Every speech verb form (the union of the two tables above)."""

AUXILIARIES = ("a", "ont", "avait", "avaient", "aura", "avaient", "a-t-il", "a-t-elle", "ont-ils", "ont-elles",
               "aussi", "encore", "déjà", "également", "alors", "ensuite", "lui", "leur", "nous", "a encore",
               "a également", "a aussi", "aurait", "auraient", "auront", "avait-il", "avait-elle", "aurait-il",
               "aurait-elle", "avons", "avez")
"""Words that may stand between a subject and its speech verb ("a déclaré", "a également souligné")."""

COMPLEMENTIZERS = ("que", "qu'")
"""Words opening a reported clause after a speech verb."""

SOURCE_BEFORE = ("selon", "d'après", "aux dires de", "de l'avis de", "citant", "aux yeux de", "à en croire", "si l'on en croit")
"""Phrases whose speaker follows them and which govern the rest of their sentence ("selon X, ...")."""

SOURCE_AFTER = ("indique-t-on chez", "explique-t-on chez", "précise-t-on chez", "fait-on savoir chez", "assure-t-on chez",
                "indique-t-on auprès de", "apprend-on auprès de", "apprend-on chez", "affirme-t-on chez")
"""Phrases whose speaker follows them and which govern what precedes them."""

SOURCE_POSTPOSED = ()
"""Phrases that follow their speaker and govern the rest of the sentence."""

ECHO_PHRASES = ("c'est ce qu'a", "c'est ce que", "voilà ce qu'a", "c'est ce qu'affirme", "c'est ce qu'explique",
                "c'est ce qu'estime", "c'est ce qu'indique")
"""A sentence opening that attributes the previous sentence to the speaker named after it."""

TIME_WORDS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
              "ce lundi", "ce mardi", "ce mercredi", "ce jeudi", "ce vendredi", "ce samedi", "ce dimanche",
              "ce matin", "hier soir", "lundi soir", "mardi soir", "mercredi soir", "jeudi soir", "vendredi soir",
              "la semaine dernière", "à la presse", "aux journalistes", "dans un communiqué",
              "lors d'une conférence de presse", "en conférence de presse", "à l'agence", "au journal", "encore",
              "aussi", "également", "alors", "ensuite", "enfin", "d'ailleurs", "pour sa part", "de son côté",
              "pour leur part", "de leur côté", "quant à lui", "quant à elle", "quant à eux", "à son tour",
              "à leur tour", "toutefois", "cependant", "néanmoins", "en revanche", "pour l'heure", "pour l'instant",
              "lui aussi", "elle aussi")
"""Words that may stand between a speech verb and its speaker, and incidental phrases between a subject and its
verb ("X, for its part, says"; "a déclaré mardi le ministre ...")."""

PERSONAL_PRONOUNS = ("il", "elle", "ils", "elles", "eux", "ce dernier", "cette dernière", "celui-ci", "celle-ci",
                     "lui", "-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles")
"""Pronouns that stand for the last person named (also the inverted "-t-il" of "a-t-il déclaré")."""

FIRST_PERSON = ("je", "j'", "nous")
"""First-person pronouns."""

DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "son", "sa", "ses", "leur",
               "notre", "du", "de la")
"""Determiners that may open a speaker's noun phrase."""

NAME_PARTICLES = ("de", "du", "des", "d'", "van", "der", "den", "von", "le", "la", "di", "da", "del", "dos", "ten",
                  "ter")
"""Lower-case words that may stand inside a person's name."""

TITLES = ("m.", "m", "mme", "mlle", "mmes", "mm.", "monsieur", "madame", "mademoiselle", "me", "maître", "dr",
          "docteur", "pr")
"""Courtesy titles before a name."""

ROLE_NOUNS = (
    # nouns of age that stand for a person named before ("le quinquagénaire")
    "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire",
    "ministre", "ministre-président", "secrétaire d'état", "porte-parole", "directeur", "directrice",
    "directeur général", "directrice générale", "administrateur délégué", "administratrice déléguée", "président",
    "présidente", "vice-président", "patron", "patronne", "pdg", "ceo", "responsable", "chef", "bourgmestre",
    "maire", "échevin", "échevine", "gouverneur", "économiste", "professeur", "professeure", "chercheur",
    "chercheuse", "analyste", "expert", "experte", "avocat", "avocate", "conseiller", "conseillère", "ambassadeur",
    "ambassadrice", "commissaire", "député", "députée", "sénateur", "sénatrice", "fondateur", "fondatrice",
    "représentant", "représentante", "syndicaliste", "délégué syndical", "militant", "militante", "habitant",
    "habitante", "riverain", "riveraine", "agriculteur", "chauffeur", "premier ministre", "dirigeant",
    "dirigeante", "ingénieur", "consultant", "administration", "autorité", "autorités", "organisations", "associations", "syndicats",
    "entreprises", "riverains", "habitants", "élus", "observateurs", "experts", "analystes", "agence", "ministère",
    "gouvernement", "entreprise", "groupe", "syndicat", "port", "aéroport", "terminal", "société", "fédération", "association",
    "conseil", "commission", "police", "douane", "douanes", "direction", "cabinet", "service", "services", "collectif", "observatoire", "institut", "réseau",
    "banque", "cour", "parti", "chambre", "organisation", "alliance", "union", "office",
    "manager", "gérant", "gérante", "délégué", "déléguée", "déléguée syndicale", "secrétaire", "secrétaire général",
    "secrétaire générale", "inspecteur", "inspectrice", "fonctionnaire", "scientifique", "élu", "élue", "trésorier",
    "trésorière", "coordinateur", "coordinatrice", "membre", "conseiller régional", "conseillère régionale",
    "conseiller communal", "conseillère communale", "directeur financier", "directrice financière",
    "responsable syndical",
    "capitaine", "capitaine du port", "capitainerie",
    "source", "initié", "initiée",  # sources anonymes ("une source proche du dossier", "un initié")
    # organes qui parlent d'une voix ("le comité", "la fondation" reprennent l'organe nommé avant)
    "comité", "fondation", "coalition", "plateforme", "mouvement", "régulateur", "inspection", "parlement",
    "tribunal", "institution", "consortium", "coopérative", "confédération", "intercommunale", "ligue",
)
"""Nouns that present a source by role (people and organisations)."""

PERSON_ROLES = (
    # nouns of age that stand for a person named before ("le quinquagénaire")
    "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire", "octogénaire",
    "ministre", "porte-parole", "directeur", "directrice", "administrateur délégué", "président", "présidente",
    "patron", "patronne", "pdg", "ceo", "responsable", "chef", "bourgmestre", "maire", "échevin", "gouverneur",
    "économiste", "professeur", "professeure", "chercheur", "chercheuse", "analyste", "expert", "avocat",
    "conseiller", "ambassadeur", "commissaire", "député", "députée", "sénateur", "fondateur", "dirigeant",
    "premier ministre",
    "manager", "gérant", "gérante", "délégué", "déléguée", "délégué syndical", "déléguée syndicale", "secrétaire",
    "secrétaire général", "secrétaire générale", "inspecteur", "inspectrice", "fonctionnaire", "scientifique",
    "élu", "élue", "trésorier", "trésorière", "coordinateur", "coordinatrice", "conseiller régional",
    "conseillère régionale", "conseiller communal", "conseillère communale", "directeur financier",
    "directrice financière", "responsable syndical", "syndicaliste",
    "conseillère", "sénatrice", "ambassadrice", "fondatrice", "avocate", "experte", "dirigeante", "échevine",
    "cheffe", "ingénieur", "ingénieure", "militant", "militante", "vice-président", "vice-présidente", "adjoint",
    "adjointe", "représentant", "représentante", "ministre-président", "ministre-présidente", "directeur général",
    "directrice générale", "administratrice déléguée", "riverain", "riveraine", "habitant", "habitante",
    "gouverneure",
    "capitaine", "capitaine du port",
    "source", "initié", "initiée",  # sources anonymes ("une source proche du dossier", "un initié")
)
"""Role nouns that name a person."""

DOCUMENT_NOUNS = ("rapport", "étude", "communiqué", "enquête", "analyse", "note", "lettre", "document",
                  "estimation", "estimations", "chiffres", "données", "prévisions", "calculs", "plan", "plans",
                  "comptes", "bilan", "demande", "tract", "proposition", "propositions", "détails")
"""Nouns of a written source: "selon un rapport de X" names X."""

CLAUSE_WORDS = ("est", "sont", "était", "étaient", "sera", "seront", "a", "ont", "avait", "va", "vont", "peut",
                "pourrait", "devrait", "doit", "il", "elle", "ils", "elles", "on", "ce", "cela", "qui", "que", "dont",
                "en", "dans", "sur", "pour")
"""Words that end a speaker's noun phrase and start the clause it governs."""

CLAUSE_VERBS = ("suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez", "étaient", "serai",
                "sera", "serons", "seront", "serait", "seraient", "ai", "as", "a", "avons", "avez", "ont", "avais",
                "avait", "avaient", "aura", "auront", "aurait", "auraient", "va", "vont", "allait", "allaient", "peut",
                "peuvent", "pouvait", "pourra", "pourrait", "pourraient", "doit", "doivent", "devait", "devra",
                "devrait", "devraient", "veut", "veulent", "voulait", "voudrait")
"""Finite auxiliary and modal verbs: after a noun phrase they make it the subject of a new clause ("..., a dit le
groupe avait choisi ..."), so the phrase is no inverted speech tag."""

COMPANY_NOUNS = ("entreprise", "entreprises", "groupe", "société", "firme", "compagnie", "opérateur",
                 "investisseur", "acheteur", "repreneur", "constructeur", "fabricant", "transporteur", "géant",
                 "logisticien", "exploitant", "armateur", "filiale", "multinationale", "industriel",
                 "direction", "management")  # the management speaks for its company ("selon la direction")
"""Nouns that name a company without its name ("l'entreprise", "le groupe", "le logisticien"): later mentions of the
company named before."""

ROLE_NOUNS = tuple(dict.fromkeys(ROLE_NOUNS + tuple(c for c in COMPANY_NOUNS if c not in ("parent",))))
"""The role nouns with the company nouns: un nom d'entreprise présente un nom comme un nom de rôle (« le constructeur chinois X a dit »)."""

NOUN_ENDINGS = ("s",)
"""Inflection endings of a noun (the plural -s: "ses représentants"), taken off before a
look-up in the role nouns."""

INDEFINITE_ARTICLES = ("un", "une")
"""Indefinite articles: a role noun after one introduces a new source ("a logistics group"), never a later mention."""

INTENSIFIERS = ("lui-même", "elle-même", "eux-mêmes", "elles-mêmes", "même")
"""Words that stress a noun phrase without changing what it names ("the company itself", "der Konzern selbst")."""

FIRST_PERSON_POSSESSIVES = ("notre", "nos")
"""First-person possessives: outside quotations a source "of ours" ("our calculations", "les calculs de notre
rédaction") is the outlet itself."""

ORG_NAME_WORDS = ("group", "holding", "holdings", "logistics", "motors", "express", "shipping", "airlines",
                  "airways", "rail", "capital", "partners", "industries", "technologies", "energy", "systems",
                  "ventures", "networks", "network", "international", "corp", "corporation", "inc", "ltd", "plc",
                  "llc", "ag", "gmbh", "sa", "nv", "bv", "se", "spa", "groupe", "sas", "sarl", "compagnie",
                  "société")
"""Words that end the names of companies (sectors and legal forms: "Dragonfly Motors", "Lanhai Logistics", "Zhenghe
AG"): a name with one is an organisation, not a person."""

AND_WORDS = ("et", "&")
"""Coordinating "and": inside a name after an of-word it joins its parts ("Administratie van Douane en Accijnzen",
"Ministry of Trade and Industry")."""

POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
"""Third-person possessives that may stand for an organisation before a role ("its spokesman", "ses représentants",
"haar woordvoerder", "ihr Sprecher"): the organisation named before speaks through them."""

CONNECTORS = ("mais", "et", "ou", "donc", "or", "cependant", "pourtant", "ainsi", "alors", "aussi", "puis", "tous", "quand", "si", "comme", "en", "dans", "après", "avant", "depuis", "avec", "sur")
"""Sentence connectors and prepositions that open a sentence: never part of a speaker's name ("But Beijing said ..." names Beijing)."""

RECIPIENT_PREPOSITIONS = ("à", "au", "aux", "devant", "auprès de")
"""Prepositions of a hearer or a place between a speech verb and its speaker ("a expliqué à l'agence la porte-parole")."""

INTERVIEW_ANSWER = ("r", "réponse")
"""Labels of an interview answer at the start of a paragraph ("A: ..."): the interviewee speaks."""

INTERVIEW_QUESTION = ("q", "question", "animateur", "animatrice", "présentateur", "présentatrice", "journaliste", "intervieweur")
"""Labels of an interview question ("Q: ...") or of the person who asks (a broadcast's presenter, the
interviewer): general roles of a transcript, not names."""

OUTLET_STAFF = ("correspondant", "correspondante", "envoyé spécial", "envoyée spéciale", "reporter",
                "présentateur", "présentatrice")
"""Role nouns of the outlet's own journalists when they introduce one ("notre correspondante Léa Roux", "notre envoyé
spécial Marc Henry"): in a broadcast transcript, the lines labelled with that person's name are the outlet's voice,
like the presenter's, not a quotation. (A journalist of another outlet, invited to speak, is a source: "journalist"
is not here.)"""

INVERSION_ADVERBS = ("comme", "ainsi que")
"""Words after a comma that introduce an inverted speech tag ("..., zo bevestigde de provincie", "..., so X")."""

SOURCE_OPENING = ("pour",)
"""Words that attribute the rest of a sentence only when they open it, followed by a name and a comma ("Pour X, ...")."""

ECHO_DEMONSTRATIVES = ("c'est ce qu'", "c'est ce que", "voilà ce qu'", "voilà ce que", "ainsi")
"""A sentence opening with one of these and a speech verb attributes the previous sentence ("Das bestätigte X.")."""

REPORTED_MOOD = ()
"""Verb forms of reported speech (German Konjunktiv I): a sentence with one continues the previous speaker."""

QUOTE_PAIRS = (("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ('"', '"'))
"""Quotation marks of the language: (opening, closing)."""

CLAUSE_COORDINATORS = ("et", "mais", "ou")
"""Conjunctions that join a second reported clause to the first ("said A and that B", "affirme que A et que B"):
the two clauses are two pieces of reported speech; before a speech verb, they make it share the subject of the first."""

SOURCE_OWN = ("de son propre aveu", "de leur propre aveu", "selon ses propres chiffres",
    "selon leurs propres chiffres", "selon ses propres termes", "selon ses propres estimations",
    "d'après ses propres chiffres")
"""Phrases attributing the rest of the sentence to the subject of its own clause ("Nach eigenen Angaben hat X ...",
"By its own account, X ...")."""

SOURCE_POSSESSIVE = ("à ses yeux", "selon ses termes", "selon ses mots", "de son avis", "à son avis",
    "selon son estimation")
"""Phrases attributing the rest of the sentence to the person a possessive pronoun stands for (the last person named:
"Nach seinen Worten ...", "In his words, ...")."""

SOURCE_ANAPHORIC = ()
"""Sentence openings attributing the rest of the sentence to the source of the previous sentence ("Demnach ...")."""

RELATIVE_PRONOUNS = ("qui", "lequel", "laquelle", "lesquels")
"""Relative pronouns that may be the subject of a speech verb ("Cainiao, qui affirme que ...")."""

OBJECT_RELATIVES = ("que", "qu'")
"""Relative pronouns that may be the object of a speech verb in a relative clause set after a noun ("a figure
(that) the union calls ‘…’", "un chiffre que le maire juge « … »", "een aantal dat de burgemeester ‘…’ noemt", "eine
Zahl, die der Bürgermeister »…« nennt", "ce que / what / wat / was X …"): the verb's subject follows the pronoun, and
the clause before the noun is no speech of it."""

CONTACT_CLAUSES = False
"""Whether an object relative clause may go without its pronoun ("a figure the union calls ‘…’": English only)."""

TAG_PREPOSITIONS = ("dans", "à", "au", "aux", "lors", "en", "sur", "devant", "auprès", "par", "pendant", "après", "avant", "via")
"""Prepositions that open the phrase after a speech verb closing a tag, saying where or to whom the words were said
("A, the group said in its annual report.", "A, a indiqué le groupe dans son rapport annuel."): no reported clause."""

REFLEXIVES_AFTER_VERB = ()
"""A reflexive pronoun right after a verb form makes it another verb, no speech verb ("befand sich in Halle" is
located, "befand" alone rules); a reflexive speech verb lists its own forms ("freut sich")."""





SPLIT_SPEECH_VERBS = ()
"""Separable speech verbs whose subject stands between the two parts (finite verb, particle): "..., teilte der
Konzern mit.", "In een verklaring liet de luchthaven weten dat ...", "Der Konzern teilte am Montag mit, dass ..."."""

NOUNS_CAPITALISED = False
"""Whether every noun of the language is written with a capital (German): a lowercase word after a name then
ends the name's noun phrase ("des Flughafens landen dort": not the role "Land" inflected)."""

NAME_PREPOSITIONS = ("pour", "de", "des", "du", "sur",)
"""Lowercase prepositions inside an organisation's name ("Institute for Transport Studies", "Institut für
Verkehrsforschung")."""

ADJECTIVES_FOLLOW_NOUN = True
"""Whether adjectives usually follow the noun (French: "l'agence wallonne"); else a lowercase word after a role noun
that is no article or preposition ends the source phrase ("volgens het agentschap kwamen er ...")."""

ORG_NOUN_EQUIVALENTS = (("aéroport", "airport", "luchthaven", "flughafen"), ("port", "haven", "hafen"), ("douane", "douanes", "customs"),)
"""An organisation noun of the language (first) and the words that stand for it in names written in another language
("de luchthaven" after "Liège Airport", "des Flughafens" after "Brussels Airport")."""

PRONOUN_GENDER = (("il", "m"), ("lui", "m"), ("elle", "f"),)
"""The gender of a personal pronoun that stands for one person: "she said" does not stand for a man the text already
called "he" (a plural reading of "sie"/"zij" stands for no person either)."""

IMPERSONAL_SOURCES = ("auprès de", "auprès du", "auprès des", "auprès d'", "chez")
"""Prepositions that name the source after a speech verb with the impersonal subject "on" ("a-t-on appris mardi
auprès de la préfecture", "indique-t-on chez le constructeur"): the phrase after them is the speaker."""

SPOKESPERSON_ROLES = ("porte-parole", "porte-paroles", "représentant", "représentante", "représentants",
                      "attaché de presse", "attachée de presse", "chargé de communication", "chargée de communication")
"""Persons who speak for an organisation and are usually left unnamed ("a spokesperson said", "un porte-parole",
"een woordvoerster", "ein Sprecher", compounds "Konzernsprecher"): without a name of their own, the organisation they
speak for is the speaker (the organisation named in the phrase, "de la société", or the one named just before)."""

FRONTED_SOURCES = ("du côté de", "du côté du", "du côté des", "du côté d'", "chez", "à", "au", "aux", "au sein de",
                   "au sein du", "au sein des", "dans l'entourage de", "dans l'entourage du", "dans l'entourage d'")
"""Prepositions of place that name the source of a sentence they open when its speech verb has an impersonal or
vague subject (:data:`IMPERSONAL_SUBJECTS`, :data:`IMPERSONAL_SPEECH`): "Du côté de la CGT, on dénonce ...", "Aus dem
Ministerium hieß es, ...", "Bij de vakbond klinkt het dat ...", "At the union, officials said ..."."""

IMPERSONAL_SUBJECTS = ("on",)
"""Subjects that name nobody in particular ("on", "man", "men", "officials"): a speech verb with one of them in a
sentence opened by :data:`FRONTED_SOURCES` is the fronted phrase's speech."""

IMPERSONAL_SPEECH = ()
"""A verb and its dummy subject that report what is said without a speaker ("heißt es", "klinkt het"), read like a
speech verb with an impersonal subject after :data:`FRONTED_SOURCES`."""

PLACE_PREPOSITIONS = ("à", "en")
"""Prepositions that place a person's role somewhere ("a spokeswoman in Hong Kong", "un porte-parole à Paris", "een
woordvoerder in Brussel", "ein Sprecher in Berlin"): the name after them is a place, not the speaker."""

VERB_SECOND = False
"""Whether a main clause puts its finite verb second, after any fronted phrase, so that the subject follows the verb
("In een interview met De Krant zegt directeur X dat ...", "Im Gespräch mit der Zeitung sagte X, ..."): Dutch and
German."""

ORGANISATION_PRONOUNS = ("il", "elle", "lui", "ils", "elles", "eux")
"""Personal pronouns that may also stand for an organisation ("The union warned on Monday. It said ...", "Le syndicat
s'inquiète. Selon lui, ..."): when no person was named before them, the organisation named just before."""

SHOW_VERBS = ("montre", "montrent", "montrait", "montraient", "a montré", "ont montré", "démontre", "démontrent")
"""Verbs by which a document shows something ("Figures from X show that ...", "Les chiffres de X montrent que ...",
"Cijfers van X tonen ...", "Zahlen von X zeigen, dass ..."): speech verbs only when their subject holds a document noun
(:data:`DOCUMENT_NOUNS`), whose author is the speaker."""

ESTIMATE_PARTICIPLES = ("estimé", "estimée", "estimés", "estimées")
"""Participles of verbs of estimating that, right before a number (or a preposition and a number) and after no
auxiliary, qualify the number instead of reporting it. "Le coût, estimé à 400 millions d'euros, ...": an adjective, no report ("a estimé à" after an auxiliary still reports)."""
