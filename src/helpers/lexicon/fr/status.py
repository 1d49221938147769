"""Indices de statut, français (voir :mod:`helpers.lexicon.en.status`): futur, conditionnel, verbes modaux,
perspectives, objectifs, promesses; passé composé et état présent; temps du passé."""

PROMISED = (
    # futur proche et futur simple (3e personne), conditionnel
    r"va", r"vont", r"allait", r"allaient",
    # futur proche et futur simple aux autres personnes, avec leur pronom sujet : « nous allons recruter »,
    # « nous passerons », « je créerai », « vous trouverez »
    r"(?:vais|vas|allons|allez)(?= (?:y |en |l['’]|les? |la )?\w+(?:er|ir|re)\b)",
    r"(?:nous|vous|je|j['’]) (?:ne |n['’])?(?:[\w'’]+ )?\w+(?:rons|rez|rai)(?!\w)",
    r"(?!(?:extra|ultra)(?!\w))\w+(?:era|eront|ira|iront|dra|dront|tra|tront|ura|uront|rra|rront|vra|vront)",
    # conditionnel : -erait, -irait, -drait, -rrait, -ttrait, -îtrait, -evrait, -ivrait, aurait ; pas l'imparfait des
    # verbes en -rer (déclarait, opérait, ignorait, assurait, montrait, enregistrait, livrait, consacrait)
    r"(?!(?:portrait|extrait|retrait|attrait|abstrait|trait|distrait)(?!\w))"
    r"\w*(?:e|i|d|r|tt|[îi]t|ev|[uv]iv|au|clu)r(?:ait|aient)",
    # modaux et prospective
    r"doit", r"doivent", r"devrait", r"devraient", r"pourrait", r"pourraient", r"est appelée? à",
    r"sont appelée?s à", r"à terme", r"d['’]ici", r"dans les (?:prochaines|prochains|années|mois) \w*",
    r"à l['’]avenir", r"à venir", r"futurs?", r"futures?", r"potentiels?", r"potentielles?",
    # plans, objectifs, promesses, attentes
    r"prévue?s?", r"projets?", r"plan", r"prévoit", r"prévoient", r"projet(?:te|tent)", r"envisag\w+", r"objectifs?", r"vise",
    r"visent", r"ambitionne\w*", r"cible", r"promesses?", r"prom(?:is|ise|ises|et|ettent)", r"engag\w+ à", r"accept\w* de \w+(?:er|ir|re)(?!\w)", r"il (?:était|est|a été) question(?= d)",
    r"attendus?", r"attendues?", r"s['’]attend(?:ent|ait|aient)? à", r"espér\w+", r"escompt\w+", r"table(?:nt)? sur", r"annoncée?s?", r"annon[cç](?:e|ent|ait|aient)", r"en perspective",
    r"à la clé", r"investit", r"investissent", r"(?:les|des|dans les) prochaine?s \w+", r"dans les années à venir", r"lorgne\w*",
    r"convoit\w+", r"deuxième phase", r"seconde phase", r"prochaine phase",
    r"veut", r"veulent", r"voulait", r"voulaient", r"souhaite\w*", r"entend", r"entendent", r"envisage\w*",
    r"conçue?s? pour", r"pr[ée]vue?s? pour", r"devait", r"devaient",
    # capacité : un modal de possibilité avec un verbe de débit dit ce qu'un site pourrait faire, pas ce qu'il fait
    r"peu(?:t|vent) (?:traiter|accueillir|absorber|trier|stocker|gérer)", r"(?:est|sont) en mesure de",
    r"(?:est|sont) capables? de",
    # temps qui reste à courir : « encore deux ans » (pas « il y a encore deux ans », un passé proche)
    r"(?<!il y a )encore(?= (?:\w+ ){0,3}(?:ans|années|mois|semaines|jours)\b)", r"compte(?:nt)? (?:y |en |l['’])?\w+(?:er|ir|re)",  # compter + infinitif: "compte recruter", "compte y employer"
    # embauches en cours : des postes à pourvoir sont des emplois à venir
    r"recrute(?:nt)?", r"embauche(?:nt)?", r"on parl(?:e|ait)(?: [\w'’]+){0,3} d(?:e|['’])", r"recrutera\w*", r"recherche(?:nt)?", r"recherchée?s?", r"à pourvoir", r"postes? vacants?",
    # attente, imminence, offre
    r"compte(?:nt)? sur", r"comptait sur", r"mise(?:nt)? sur", r"s['’]apprête(?:nt)? à", r"s['’]apprêtait à",
    r"(?:est|sont) sur le point de", r"propose(?:nt)?(?: [\w'’]+)? d(?:e|['’])", r"proposait de", r"offre(?:nt)? de",
    # obligation, condition
    r"exige(?:nt)?", r"exigeait", r"impose(?:nt)?", r"à condition que", r"sous réserve", r"conditionnée?s? à",
    r"subordonnée?s? à", r"il faut", r"faudra\w*", r"devra\w*",
    # le présent d'un verbe de création annonce : une création est un événement, pas un état (« nous créons 500 emplois »)
    r"crée(?:nt)?", r"créons", r"créez"
)
REALISED = (
    # passé composé actif et passif
    r"(?:a|ont|avons|avait|avaient) (?:déjà |désormais |ainsi |bien )?(?:été )?\w+(?:é|ée|és|ées|is|it|u|us)",
    r"(?:ont|a|sont|est) été", r"créés", r"créées",
    # passé composé pronominal : « s'est engagé », « se sont installés », « nous nous sommes engagés »
    r"(?:s['’]|se |nous |vous |me |m['’])(?:est|sont|suis|sommes|êtes) (?:déjà )?\w+(?:é|ée|és|ées|is|ise|it|u|us)",
    # état présent
    r"emploie\w*", r"occupe\w*", r"pourvue?s?",
    # un achat rapporté au présent ou au passé est conclu
    r"acquiert", r"acquièrent", r"rachète(?:nt)?", r"reprend", r"reprennent", r"travaill(?:e|ent)", r"compte(?:nt)?", r"comptai(?:t|ent)", r"(?:a|ont) compté", r"recens\w+", r"dénombr\w+", r"fait travailler", r"sont employée?s",
    # adverbes du présent
    r"déjà", r"(?:on )?en (?:est|sont|était) à", r"jusqu['’]ici", r"jusqu['’]à présent", r"à ce jour", r"aujourd['’]hui", r"actuellement",
    r"désormais", r"maintenant", r"pour l['’]instant", r"à l['’]heure actuelle", r"entre-temps", r"depuis lors",
)
PAST = (
    # plus-que-parfait et imparfait : l'arrière-plan du récit, pas l'événement
    r"(?:avait|avaient) (?:déjà |alors |auparavant )?(?:été )?\w+(?:é|ée|és|ées|is|it|u|us)", r"avait", r"avaient",
    r"était", r"étaient", r"fut", r"furent",
    # adverbes d'un temps antérieur
    r"il y a", r"auparavant", r"récemment", r"dernièrement", r"à l['’]époque", r"naguère", r"jadis", r"autrefois", r"jusqu['’]alors", r"précédente?s?",
)

EARLIER = (r"il y a \w+ ans", r"auparavant", r"à l['’]époque", r"autrefois", r"jadis", r"naguère")

BASELINE = (r"contre", r"par rapport à", r"comparé à", r"en comparaison de")
"""Prepositions of comparison right before a figure (« 140 PME, contre 35 en 2019 »): with a past date, the figure is the
earlier level another is compared with -- a past state, even of the project."""

REPORTED = (r"(?!(?:pourr|devr|faudr|voudr))\w*(?:e|i|d|r|tt|[îi]t|ev|[uv]iv|au|clu)r(?:ait|aient)",)
"""Le conditionnel d'une information non confirmée (« selon nos informations, il avoisinerait 35 millions ») : avec
une source (:data:`HEARSAY`) dans la phrase, il rapporte un état, pas une perspective. Les modaux (pourrait,
devrait) restent des perspectives."""

HEARSAY = (r"(?:selon|d['’]après) (?:nos|mes|certaines|plusieurs|des|de bonnes) (?:informations|sources)",
           r"de (?:source|sources) \w+", r"selon (?:la|certains) (?:presse|médias)", r"semble-t-il", r"paraît-il", r"dit-on")
"""Une source ou une rumeur qui rend le conditionnel journalistique (grammaire générale du français de presse)."""

SINCE = (r"depuis",)
"""Une période qui court d'un point jusqu'à aujourd'hui ("depuis 2022") : l'état dure encore, il n'est pas passé."""

DEFINITE = (r"les", r"ses", r"leurs", r"nos", r"ces")
"""Déterminants définis et possessifs juste avant un nombre (« les 85 salariés », « ses 300 ouvriers ») : l'ensemble
est connu, il existe."""

STAFF = (r"salariée?s", r"employée?s", r"travailleu(?:r|se)s", r"ouvrière?s", r"agents", r"collaborat(?:eur|rice)s",
         r"membres du personnel", r"dockers", r"chauffeurs", r"intérimaires", r"ETP", r"équivalents temps plein")
"""Noms des personnes sous contrat (pas des postes ni des emplois, qui peuvent être promis) : avec un déterminant
défini, un effectif qui existe."""

NOW = (r"actuellement", r"à l['’]heure actuelle", r"en ce moment", r"aujourd['’]hui", r"à ce jour", r"pour l['’]instant")
"""Adverbes du présent : avec eux, le conditionnel (:data:`REPORTED`, « le site emploierait actuellement 800 personnes »)
rapporte un état présent, pas une perspective."""

WE_HAVE = (r"nous avons", r"avons-nous", r"on a")
"""La première personne du pluriel avec « avoir » (passé composé ou possession) : ce que l'organisation du locuteur a
ou a fait -- réalisé, même avec une date passée."""

DETERMINERS = (r"le", r"la", r"l", r"les", r"un", r"une", r"des", r"du", r"son", r"sa", r"ses", r"leur", r"leurs",
               r"ce", r"cet", r"cette", r"ces", r"notre", r"nos")
"""Déterminants : un indice de promesse juste après l'un d'eux est épithète (« la future usine », « les prétendus
emplois »), il dit ce qu'est son propre nom."""

POSTNOMINAL = (r"promise?s?", r"annoncée?s?", r"prévue?s?", r"attendue?s?", r"projetée?s?", r"envisagée?s?",
               r"espérée?s?", r"escomptée?s?", r"futurs?", r"futures?", r"potentiels?", r"potentielles?")
"""Participes et adjectifs qui suivent leur nom (« un investissement annoncé », « par emploi promis ») : sans auxiliaire
devant eux (:data:`VERBAL_BEFORE`), ils sont épithètes."""

VERBAL_BEFORE = (r"a", r"ai", r"as", r"avons", r"avez", r"ont", r"avait", r"avaient", r"aura", r"auront", r"aurait",
                 r"auraient", r"eu", r"est", r"sont", r"était", r"étaient", r"été", r"sera", r"seront", r"serait",
                 r"seraient", r"être", r"avoir", r"fut", r"furent", r"il", r"elle", r"on", r"ils", r"elles", r"nous",
                 r"vous", r"me", r"te", r"se", r"lui", r"leur", r"y", r"en", r"déjà", r"bien", r"pas", r"jamais",
                 r"toujours", r"ainsi", r"tout", r"plus", r"moins", r"trop", r"encore")
"""Auxiliaires, pronoms et adverbes : un participe après l'un d'eux est un verbe (« on nous a promis »)."""

ATTRIBUTIVE = (r"\w+(?:é|ée|és|ées)", r"promise?s?", r"futurs?", r"futures?", r"potentiel(?:le)?s?")
"""Formes d'un indice de promesse qui peuvent être épithètes (participes passés et adjectifs : « prévue », « promis »,
« futur »)."""

SIMILAR = (r"similaires?", r"comparables?", r"analogues?", r"la dernière fois", r"la fois précédente")
"""Mots qui amènent un cas semblable comme précédent (« un accord similaire », « la dernière fois ») : avec une date
passée, le chiffre est celui de ce précédent, un état passé."""

THRESHOLD = (r"à partir de", r"dès")
"""Bornes d'une offre devant un nombre (« des lots à partir de 2 hectares », « dès 5 000 m² ») : un seuil, ni acquis
ni promis ; sans indice dans sa proposition, le nombre ne dit rien par lui-même (unmarked)."""

FUTURE = (r"va", r"vont", r"(?:vais|vas|allons|allez)(?= \w+(?:er|ir|re)\b)",
          r"(?!(?:extra|ultra)(?!\w))\w+(?:era|eront|ira|iront|dra|dront|tra|tront|ura|uront|rra|rront|vra|vront)",
          r"(?:nous|vous|je|j['’]) (?:ne |n['’])?(?:[\w'’]+ )?\w+(?:rons|rez|rai)(?!\w)")
"""Le futur proprement dit (futur simple et proche, pas les modaux ni les projets) : dans la phrase qui précède un
présent nu, il pose le cadre futur que ce présent reprend."""
