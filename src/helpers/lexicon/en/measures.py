"""What a figure measures, English: the words that tell one measure from another (read by
:mod:`helpers.claims.measure`, whose rule table says which table is read for which measure, where, and in what
window). Every entry is a regular-expression fragment matched as a whole word, case-insensitively; a table may be
empty. The same names exist in every language."""

JOBS = (r"jobs?", r"posts?", r"positions", r"employment", r"employees", r"workers", r"staff", r"personnel",
        r"work ?force", r"hires", r"FTEs?", r"(?:full[- ]time )?equivalents?", r"full[- ]time (?:jobs|positions|posts)",
        r"vacancies", r"roles", r"headcount", r"\w+workers", r"dockers", r"temps", r"contractors")
"""Nouns that count jobs (the counted noun, or a word near a count)."""

PEOPLE = (r"people", r"persons", r"customers", r"travell?ers", r"police officers", r"(?:customs |border )?(?:officers|inspectors)", r"civil servants", r"individuals", r"protesters", r"demonstrators", r"residents", r"visitors",
          r"passengers", r"officials", r"MPs", r"representatives", r"members", r"council+ors", r"drivers", r"inhabitants",
          r"students", r"farmers", r"neighbours", r"jobseekers", r"job seekers", r"unemployed",
          r"guests", r"signatories", r"households",
          # people of the public and of the press: neither jobs nor staff
          r"consumers", r"shoppers", r"journalists", r"reporters", r"speakers", r"spectators", r"patients", r"pupils")
"""Nouns that count people: people employed are jobs (with :data:`EMPLOYED` near), else a count of people."""

EMPLOYED = (r"we (?:have|had)", r"night shift", r"(?:day|night|early|late) shift of", r"a shift of",   # a workforce: "we have 300 people", "a night shift of 45"
            r"employ\w*", r"work(?:s|ing|ed)?", r"work ?force", r"headcount", r"staff numbers", r"hire[ds]?", r"hiring", r"recruit\w*", r"on the payroll",
            r"staff(?:ed|s)?", r"take on", r"taken on", r"took on")
"""Words that make a count of people a count of jobs ("employs 300 people", "300 people work there")."""

INVESTMENT = (r"invest\w*", r"project", r"capital expenditure", r"capex", r"funding", r"financing")
"""Words that make an amount of money an investment."""

BUILDING = (r"warehouses?", r"halls?", r"hangars?", r"buildings?", r"sheds?", r"depots?", r"floor space",
            r"floor area", r"footprint", r"storage space", r"covered area", r"sorting (?:centre|center)s?",
            r"distribution (?:centre|center)s?")
"""Words that make an area a building's area (else it is the site's)."""

LAND_UNITS = (r"hectares?", r"ha", r"acres?", r"square kilomet(?:re|er)s?", r"km²", r"km2")
"""Units of land: an area stated in them is the site's, unless a building is named right next to it."""
SITE = (r"plots?", r"land", r"sites?", r"terrain", r"grounds", r"parcels? of land", r"estate", r"zone")
"""Words that make an area land (a site), when its unit is not one of LAND_UNITS: an area with neither is floor space."""
ON = (r"on", r"across")
"""Prepositions right before an area that make it the ground something stands on ("installed on 220,000 m²")."""
TRADE = (r"exports?", r"imports?", r"trade balance", r"trade deficit", r"trade surplus")
"""Trade-flow words (the figure is a flow: :func:`helpers.claims.flows.parse_flow`)."""

IMPORTS = (r"imports?",)
"""The trade words that name an import."""

FINE = (r"fined?", r"fines", r"penalty", r"penalties", r"settlement")
"""Words that make an amount of money a fine."""

WAGES = (r"salar(?:y|ies)", r"wages?", r"earns?", r"gross", r"minimum wage", r"an hour", r"a month",
         r"per (?:hour|month)")
"""Words that make an amount of money a wage (neither invested nor earned by the project)."""
PRICE = (r"rents?", r"rental", r"fees?", r"prices?", r"priced", r"charges?", r"tariffs?", r"(?:goods |customs )?value of",
         r"worth (?:less|more) than", r"valu(?:es|ed|ing|ation)")
"""Words that make money a price, a rent or a threshold value, not an investment ("an annual fee of €3.20 per square
metre", "goods worth less than €150")."""

MITIGATION = (r"insulat\w*", r"soundproof\w*", r"noise protection")
"""Words that make money a mitigation programme ("insulating 1,900 homes", "soundproofing"): money spent to offset a nuisance,
not invested in the project."""

REVENUE = (r"revenues?", r"turnover", r"sales", r"earnings", r"taxes", r"tax revenues?", r"tax")
"""Words that make an amount of money a revenue."""

FLIGHTS = (r"flights?", r"rotations?", r"departures", r"landings", r"take-?offs", r"movements", r"aircraft", r"planes", r"freighters", r"jumbos?", r"jumbo jets")
"""Nouns that count flights."""

PARCELS = (r"parcels?", r"packages?", r"shipments?", r"consignments?", r"orders")
"""Nouns that count parcels."""

CARGO = (r"tonnes?", r"tons?", r"containers?", r"TEUs?", r"pallets?", r"freight", r"cargo")
"""Nouns that count cargo (a mass is always cargo)."""

LEASE = (r"lease\w*", r"rented", r"concession", r"leasehold", r"tenancy", r"rental contract", r"ground rent")
"""Words that make a duration a lease term."""

DELIVERY = (r"deliver\w*", r"shipping", r"transit", r"lead time", r"dispatch\w*", r"clearance", r"cleared", r"door to door",
            r"takes?", r"took", r"to reach", r"journey", r"trip", r"by (?:sea|rail|road|air|train|ship)")
"""Words that make a duration a delivery time."""

EMPLOYMENT_CONTRACTS = (r"(?:permanent|fixed[- ]term|temporary|open[- ]ended|full[- ]time|part[- ]time|employment|"
                        r"zero[- ]hours?) contracts?", r"redundancies", r"lay-?offs", r"dismissals", r"job cuts")
"""Counts of jobs that name the contract or its loss: a contract of employment qualified by its term or hours
("200 permanent contracts", not "200 contracts" with suppliers), and the jobs a closure ends ("1,300
redundancies"). Read on the figure's words before :data:`AGREEMENTS`."""

AGREEMENTS = (r"agreements?", r"contracts?", r"MoUs?", r"memorand(?:um|a)", r"deals?", r"pacts?",
              r"conventions?", r"accords?")
"""Nouns that count agreements."""

SIGNED = (r"sign\w*", r"agreed", r"concluded")
"""Words saying agreements were signed."""

OFFICIALS = (r"officials", r"people", r"persons", r"MPs", r"representatives", r"individuals", r"entities")
"""Nouns that count people sanctioned (with :data:`SANCTIONS` in the sentence)."""

SANCTIONS = (r"sanction\w*", r"travel bans?", r"blacklist\w*", r"asset freezes?")
"""Words of sanctions."""

SME = (r"SMEs?", r"small and medium(?:-sized)?(?: enterprises| businesses| firms)?", r"small businesses")
"""Words that make a percentage a share of small and medium enterprises."""

EVERY = (r"every", r"each")
"""Words right before a duration that make it a frequency ("a review every two years"): neither a lease term nor a
period (general grammar)."""

PERIOD_AFTER = (r"long", r"running", r"in a row")
"""Words right after a duration that make it a period ("three years running")."""
PERIOD = (r"past", r"last", r"over", r"since", r"during", r"for the past", r"in the last", r"within", r"in", r"first", r"after",
          r"for", r"next", r"coming")
"""Words before a duration that make it the period another figure is measured over."""
NUMBER_OF = (r"(?:the |a )?(?:total )?number of", r"(?:the )?(?:volume|count|total) of", r"(?:the )?share of")
"""Words naming what a figure further on in the sentence counts ("the number of night flights has doubled, to 30 a
night"; "the share of local workers rose to 60%"): the words after them are the figure's noun when it has none."""
VOLUME = (r"volumes?", r"throughput", r"tonnage", r"freight traffic", r"cargo traffic")
"""Words of a traffic volume: a percentage after them measures cargo ("throughput rose 8%")."""

RECURRING = (r"years?", r"months?", r"weeks?", r"days?", r"annum", r"annually", r"yearly", r"monthly", r"weekly", r"daily")
"""Units of a rate of money that make it a running cost ("40,000 euros a year"): with no word of investment or revenue
near it, the money is paid again and again, it is not capital invested."""


PROFIT = (r"(?:net |operating |pre-tax )?profits?", r"net income", r"losses", r"a loss of", r"dividends?")
"""Words of a result: a profit, a loss or a dividend is neither invested nor revenue."""

AREA_RATE = (r"square", r"met(?:re|er)s?", r"m²", r"m2", r"sq", r"hectares?", r"ha", r"acres?")
"""Units of area as the denominator of an amount of money ("€18 per square metre"): a price or a rent. The rate's
unit is read as its first word ("square" of "square metre")."""

ELLIPTIC = (r"(?:in)?direct", r"new", r"additional", r"extra", r"more", r"further", r"permanent", r"temporary",
            r"full[- ]time", r"part[- ]time", r"local", r"seasonal", r"other", r"others", r"ones?")
"""Adjectives (and the pro-form "ones") that stand for a noun left out after a number, in a count parallel to one
before it ("2,000 direct jobs and 4,000 indirect", "40 new hires, 25 of them permanent ones"): the count is of the
earlier count's noun (general grammar of ellipsis)."""

HOW_MANY = (r"how many", r"how much")
"""Words of a question about a quantity ("How many parcels do you handle? -- 400,000 a day"): the words after them
name what the bare figure of the answer counts, as those after :data:`NUMBER_OF` do in a figure's own sentence."""
