"""Ce que mesure un chiffre, français (voir :mod:`helpers.lexicon.en.measures` pour le sens de chaque table)."""

JOBS = (r"emplois?", r"postes?", r"jobs?", r"salariés", r"travailleurs", r"employés", r"collaborateurs",
        r"effectifs?", r"personnel", r"main-d['’]œuvre", r"ETP", r"équivalents? temps plein", r"temps pleins",
        r"embauches", r"recrutements", r"intérimaires", r"ouvriers", r"dockers", r"agents",
        r"douaniers", r"manutentionnaires", r"cadres")
PEOPLE = (r"personnes", r"gens", r"clients", r"voyageurs", r"fonctionnaires", r"individus", r"manifestants", r"riverains", r"habitants", r"visiteurs",
          r"passagers", r"responsables", r"députés", r"représentants", r"membres", r"conseillers", r"conseillères", r"chauffeurs", r"agriculteurs",
          r"étudiants", r"demandeurs", r"chômeurs", r"invités", r"ménages",
          r"signataires", r"policiers",
          # le public et la presse : ni emplois ni personnel
          r"consommateurs", r"journalistes", r"orateurs", r"intervenants", r"spectateurs", r"patients", r"élèves")
EMPLOYED = (r"nous (?:avons|avions)", r"équipe de nuit", r"une équipe de",   # a workforce: "we have 300 people", "a night shift of 45"
            r"emploie\w*", r"employ(?:ait|aient|a|èrent|ant)", r"effectifs?", r"main-d['’]œuvre", r"employ[ée]\w*", r"employer", r"travaill\w+", r"occup\w+", r"embauch\w+", r"recrut\w+", r"engag\w+",
            r"salari\w+", r"f(?:ait|ont|aisait|aisaient|era|eront) vivre")  # « fait vivre 9 000 personnes »: leur gagne-pain
INVESTMENT = (r"invest\w*", r"projet", r"injecte\w*", r"injection", r"financement", r"enveloppe")
BUILDING = (r"entrepôts?", r"halls?", r"halles?", r"hangars?", r"bâtiments?", r"immeubles?", r"surface couverte",
            r"surface de stockage", r"surface au sol", r"emprise au sol", r"centres? de tri", r"centres? de distribution")
LAND_UNITS = (r"hectares?", r"ha", r"ares?", r"km²", r"km2")
SITE = (r"terrains?", r"parcelles?", r"sites?", r"foncier", r"zone", r"superficie au sol", r"emprise")
ON = (r"sur",)
TRADE = (r"exportations?", r"importations?", r"(?:ont|a|avaient|avait) (?:\w+ )?(?:export|import)é", r"exports?", r"imports?", r"balance commerciale",
         r"déficit commercial", r"excédent commercial")
IMPORTS = (r"importations?", r"imports?")
FINE = (r"amendes?", r"pénalités?", r"sanction financière", r"condamnée? à payer", r"astreintes?")
WAGES = (r"salaires?", r"rémunération\w*", r"brut", r"touche\w*", r"gagne\w*", r"smic",
         r"salaire minimum", r"par (?:heure|mois)", r"de l['’]heure")
PRICE = (r"loyers?", r"redevances?", r"prix", r"tarifs?", r"frais", r"valeur", r"facturé\w*", r"valoris\w*")
MITIGATION = (r"isolation", r"isol(?:er|ées?|és)", r"insonoris\w*")
"""Words that make money a mitigation programme (« l'isolation des maisons », « insonoriser »): money spent to offset a nuisance,
not invested in the project."""

REVENUE = (r"chiffre d['’]affaires", r"revenus?", r"recettes?", r"ventes", r"taxes?", r"impôts?", r"recettes fiscales")
FLIGHTS = (r"vols?", r"avions-cargos?", r"rotations?", r"décollages", r"atterrissages", r"mouvements", r"avions", r"appareils", r"gros-porteurs", r"jumbos?")
PARCELS = (r"colis", r"paquets?", r"envois", r"expéditions", r"commandes")
CARGO = (r"tonnes?", r"conteneurs?", r"EVP", r"palettes?", r"fret", r"marchandises")
LEASE = (r"bail", r"lou[ée]e?s?", r"loue(?:nt)?", r"baux", r"emphytéo\w+", r"concession", r"location", r"droit de superficie")
DELIVERY = (r"livraisons?", r"livr\w+", r"délais?", r"acheminement", r"transit", r"dédouan\w+", r"porte[- ]à[- ]porte",
            r"trajet", r"voyage", r"traversée", r"par (?:la )?(?:mer|rail|route|train|bateau|avion)", r"pour rejoindre",
            r"m(?:et|ettent|ettra|ettait|ettaient)(?= (?:[\w'’,]+ ){1,3}(?:jours|heures|semaines|mois)\b)")  # « un train met 16 jours » (mettre + durée)
EMPLOYMENT_CONTRACTS = (r"contrats? (?:à durée (?:in)?déterminée|fixes?|permanents?|temporaires?|de travail|"
                        r"à temps (?:plein|partiel)|d'intérim)", r"CDI", r"CDD", r"licenciements", r"départs volontaires")
"""Des emplois comptés par leur contrat ou leur perte : un contrat de travail qualifié par sa durée ou son temps
(« 150 contrats à durée indéterminée », « 200 CDI »), et les emplois qu'une fermeture supprime (« 1 300
licenciements »). Lu sur les mots de la figure avant :data:`AGREEMENTS`."""

AGREEMENTS = (r"accords?", r"contrats?", r"conventions?", r"protocoles?", r"mémorandums?", r"pactes?")
SIGNED = (r"sign[ée]\w*", r"signature", r"conclus?", r"paraph\w+")
OFFICIALS = (r"responsables", r"personnes", r"députés", r"représentants", r"fonctionnaires", r"entités")
SANCTIONS = (r"sanctions?", r"sanctionn\w+", r"interdictions?", r"gel des avoirs", r"liste noire")
SME = (r"PMEs?", r"petites et moyennes entreprises", r"TPE")
EVERY = (r"tous les", r"toutes les", r"chaque")
"""Words right before a duration that make it a frequency (« une révision tous les deux ans »): neither a lease term nor a
period (general grammar)."""

PERIOD_AFTER = (r"durant", r"d['’]affilée")
PERIOD = (r"dernières", r"derniers", r"au cours des", r"depuis", r"pendant", r"durant", r"en l['’]espace de", r"en", r"premiers", r"premières", r"après",
          r"dans les", r"prochaines", r"prochains", r"sur")
NUMBER_OF = (r"(?:le |un )?nombre d(?:e|es|u)", r"(?:le |un )?nombre d(?=['’])", r"(?:le |la )?(?:volume|total|part) d(?:e|es|u)", r"(?:le |la )?(?:volume|total|part) d(?=['’])")
VOLUME = (r"volumes?", r"trafic", r"tonnage", r"fret")

RECURRING = (r"ans?", r"années?", r"mois", r"semaines?", r"jours?", r"annuellement", r"mensuellement", r"quotidiennement")
"""Units of a rate of money that make it a running cost ("40,000 euros a year"): with no word of investment or revenue
near it, the money is paid again and again, it is not capital invested."""


PROFIT = (r"bénéfices?", r"résultat net", r"pertes?", r"dividendes?")
"""Mots d'un résultat : un bénéfice, une perte, un dividende ne sont ni un investissement ni un chiffre d'affaires."""

AREA_RATE = (r"mètres?", r"m²", r"m2", r"hectares?", r"ha")
"""Unités de surface au dénominateur d'une somme (« 18 euros par mètre carré ») : un prix ou un loyer."""

ELLIPTIC = (r"(?:in)?direct(?:e?s)?", r"nouveaux", r"nouvelles", r"supplémentaires?", r"additionnel(?:le)?s",
            r"permanent(?:e?s)?", r"temporaires", r"fixes", r"locaux", r"locales", r"saisonniers", r"saisonnières",
            r"autres", r"de plus", r"en plus")
"""Adjectifs qui tiennent lieu d'un nom omis après un nombre, dans un décompte parallèle à un précédent (« 2 000 emplois
directs et 4 000 indirects », « 300 salariés, dont 120 temporaires ») : le nombre compte le nom du décompte précédent."""

HOW_MANY = (r"combien d(?:e|es|u)", r"combien d(?=['’])", r"combien")
"""Mots d'une question sur une quantité (« Combien de colis traitez-vous ? -- 400 000 par jour ») : ce qui les suit
nomme ce que compte le nombre nu de la réponse."""
