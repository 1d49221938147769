"""The hand codes of round 5 (en 27-30, nl 27-30, fr 29-32, de 29-32), with their spans computed from the text (run
once with --write to append).

Same layout as code_r4.py. Surfaces and names are found as whole tokens (not inside a longer number or word), the
occ-th occurrence; rows are written sorted by start within each file. NBSP is U+00A0 and NNBSP U+202F (the French
texts group thousands with both, and with ordinary spaces).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from coding import Codes  # noqa: E402  (find, the rows of the four tables, --check / --write: bench/dev/coding.py)

codes = Codes(whole_tokens=True, sort_speakers=True)
T = codes.text
NBSP, NNBSP = "\u00a0", "\u202f"
# speakers: (name, kind, role)   quantities: (surface, occ, value, high, unit, kind, noun, qual, measure, per, status, speaker, note)
# quotes: (quote, occ, type, speaker, cue, stance, note)

# ---------------------------------------------------------------- English
LA, MD, LF = "Liège Airport", "Marc Delvaux", "Luc Fréson"
T("en_27_tv_transcript_night_flights.txt", "en", "tv_transcript", "liege_hub", "Meuse Valley Evening News", "2025-02-11",
  [("Cainiao", "organisation", ""), (LA, "organisation", ""), (MD, "person", "chairs a residents' association"),
   (LF, "person", "Walloon economy minister")],
  [("350,000 parcels", 1, 350000.0, "", "count", "count", "parcels", "approx", "parcels", "night", "realised", "Cainiao", "'The company told us'; the reporter's line"),
   ("1,050 people", 1, 1050.0, "", "count", "count", "people", "", "jobs", "", "realised", "Cainiao", "'employs', second verb of the same reported clause"),
   ("12 night flights", 1, 12.0, "", "count", "count", "flights", "", "flights", "week", "promised", "", "'It wants to add': an intention in the reporter's own sentence, not speech (as fr_26 'Il compte')"),
   ("40 flights", 1, 40.0, "", "count", "count", "flights", "", "flights", "night", "realised", MD, "interviewee's line after the surname label; 'every night'; 'midnight and six' are times of day"),
   ("Forty", 1, 40.0, "", "count", "count", "flights", "", "flights", "night", "realised", MD, "exclamation restating the figure: elided noun and rate"),
   ("150 more jobs", 1, 150.0, "", "count", "count", "jobs", "", "jobs", "", "promised", LA, "'would bring'; 'ten years ago' is a relative date"),
   ("25,000 night movements", 1, 25000.0, "", "count", "count", "movements", "at_most", "flights", "year", "realised", LF, "'up to'; the cap of the current permit (exists); 'A spokeswoman for' the minister: the minister is the speaker")],
  [("it now handles about 350,000 parcels a night here and employs 1,050 people", 1, "reported", "Cainiao", "told us", "supportive", "the reporter's line: presenter and reporter speak in the outlet's voice (not coded as quotations)"),
   ("the noise has already doubled", 1, "reported", MD, "says", "critical", "pronoun 'He'"),
   ("We count 40 flights every night between midnight and six. Forty! And nobody asked us.", 1, "direct", MD, "", "critical", "transcript line after the label 'DELVAUX:', no quotation marks (as interview answers)"),
   ("the new flights would bring 150 more jobs", 1, "reported", LA, "says", "supportive", "'The airport, for its part, says'"),
   ("the planes are quieter than ten years ago", 1, "reported", LA, "says", "supportive", "second 'that' clause of the same cue"),
   ("a decision was expected before the summer", 1, "reported", LF, "told me", "neutral", "'A spokeswoman for Walloon economy minister X': the minister is the speaker"),
   ("the current permit allows up to 25,000 night movements a year", 1, "reported", LF, "said", "neutral", "pronoun 'She' = the spokeswoman")])

NS, DW, SO, EC = "Nordstar Semiconductor", "Dan Whitaker", "A state official", "European Commission"
T("en_28_column_chip_plant.txt", "en", "column", "factory", "The Northern Ledger", "2025-06-05",
  [(NS, "organisation", "the company in question"), (DW, "person", "chief executive"), (SO, "person", ""),
   (EC, "organisation", "")],
  [("€9.9bn", 1, 9900000000.0, "", "EUR", "money", "", "", "other", "", "realised", "", "subsidies offered (state aid); the columnist's own voice"),
   ("€3.3m", 1, 3300000.0, "", "EUR", "money", "", "approx", "other", "job", "unmarked", "", "'roughly'; subsidy per job computed by the columnist ('for each of'), no verb of its own"),
   ("3,000 jobs", 1, 3000.0, "", "count", "count", "jobs", "", "jobs", "", "promised", "", "'promised'"),
   ("$30bn", 1, 30000000000.0, "", "USD", "money", "", "", "investment", "", "promised", NS, "'says the plant will cost'; 'two years ago' and 'last month' are relative dates"),
   ("380 hectares", 1, 3800000.0, "", "m2", "area", "", "", "site_area", "", "realised", "", "'all 380 hectares of it, sits'"),
   ("120 people", 1, 120.0, "", "count", "count", "people", "only", "jobs", "", "realised", SO, "anonymous source: speaker written as the text names it"),
   ("£1bn", 1, 1000000000.0, "", "GBP", "money", "", "", "other", "", "historical", "", "another country's past programme (context)"),
   ("ten years", 1, 10.0, "", "year", "duration", "", "", "period", "", "historical", "", "period of the £1bn"),
   ("10%", 1, 10.0, "", "percent", "percent", "", "barely", "share", "", "realised", "", "Europe's share of world chips"),
   ("20%", 1, 20.0, "", "percent", "percent", "", "", "share", "", "promised", EC, "'says it wants ... by 2030'"),
   ("3,000 jobs", 2, 3000.0, "", "count", "count", "jobs", "", "jobs", "", "promised", "", "'a promise of'"),
   ("five years", 1, 5.0, "", "year", "duration", "", "", "other", "", "realised", "", "how long the promise has been repeated")],
  [("the plant will cost $30bn and will produce chips from 2029", 1, "reported", NS, "says", "supportive", ""),
   ("the project remained \"on track, just on a longer track\"", 1, "reported", DW, "told investors", "supportive", "contains a quoted fragment (also coded as mixed)"),
   ("on track, just on a longer track", 1, "mixed", DW, "told investors", "supportive", ""),
   ("only 120 people work there today, most of them security guards and surveyors", 1, "reported", SO, "told me", "critical", "anonymous source"),
   ("it wants 20% by 2030", 1, "reported", EC, "says", "neutral", "")])

AN, MB, SC, PF, DM, OF = ("Al Noor Maritime", "Maasvlakte Bulk Terminal", "A source close to the file",
                          "Another person familiar with the talks", "Dutch economy ministry", "An official who asked not to be named")
T("en_29_investigation_gulf_terminal.txt", "en", "investigation", "port", "The Amsterdam Courier", "2025-09-16",
  [(AN, "organisation", "the Dubai-based group"), (MB, "organisation", ""), (SC, "person", ""), (PF, "person", ""),
   (DM, "organisation", ""), (OF, "person", "")],
  [("49%", 1, 49.0, "", "percent", "percent", "", "", "share", "", "realised", "", "stake bought in 2023 (the deal itself)"),
   ("400 new jobs", 1, 400.0, "", "count", "count", "jobs", "", "jobs", "", "promised", AN, "'promised'"),
   ("€600 million", 1, 600000000.0, "", "EUR", "money", "", "", "investment", "", "promised", AN, ""),
   ("eight years", 1, 8.0, "", "year", "duration", "", "", "period", "", "promised", AN, "period of the investment"),
   ("five people", 1, 5.0, "", "count", "count", "people", "", "people", "", "realised", "", "sources interviewed"),
   ("six weeks", 1, 6.0, "", "week", "duration", "", "", "other", "", "realised", SC, "length of the screening, inside the quoted fragment"),
   ("€250 million", 1, 250000000.0, "", "EUR", "money", "", "", "investment", "", "promised", PF, "'closer to' is not in the qualifier table; the new money of the pledge"),
   ("620 people", 1, 620.0, "", "count", "count", "people", "", "jobs", "", "historical", "", "'at the time of the deal': before the takeover (as en_23)"),
   ("590", 1, 590.0, "", "count", "count", "people", "", "jobs", "", "realised", MB, "elided noun; 'according to X's own filings'"),
   ("85 people", 1, 85.0, "", "count", "count", "people", "", "jobs", "", "realised", AN, "'had been hired'; 'A spokesman said the company'")],
  [("the security screening had been \"rushed through in six weeks\" under pressure from the port authority", 1, "reported", SC, "said", "critical", "anonymous source; contains a quoted fragment (also coded as mixed)"),
   ("rushed through in six weeks", 1, "mixed", SC, "said", "critical", ""),
   ("the investment figure had been \"padded\" with maintenance the terminal would have paid for anyway", 1, "reported", PF, "said", "critical", "contains a quoted fragment (also coded as mixed)"),
   ("padded", 1, "mixed", PF, "said", "critical", ""),
   ("the real new money was closer to €250 million", 1, "reported", PF, "said", "critical", "second 'that' clause of the same cue"),
   ("Today it employs 590", 1, "reported", MB, "according to", "neutral", "'according to X's own filings'"),
   ("the company \"stands by every commitment\"", 1, "reported", AN, "said", "supportive", "'A spokesman': the company is the speaker; contains a quoted fragment (also coded as mixed)"),
   ("stands by every commitment", 1, "mixed", AN, "said", "supportive", ""),
   ("85 people had been hired since the takeover", 1, "reported", AN, "said", "supportive", "second 'that' clause"),
   ("the review \"followed the law\"", 1, "reported", DM, "said in a statement", "neutral", "contains a quoted fragment (also coded as mixed)"),
   ("followed the law", 1, "mixed", DM, "said in a statement", "neutral", ""),
   ("We were told the deal was done before we started.", 1, "direct", OF, ":", "critical", "'put it differently:'")])

HE, DG, UGT = "Hanseo Energy", "Dragonwing", "UGT"
T("en_30_roundup_investments.txt", "en", "roundup", "mixed", "The Continental Business Digest", "2025-03-04",
  [("Cainiao", "organisation", ""), (LA, "organisation", ""), (HE, "organisation", "Korean battery maker"),
   (DG, "organisation", "Chinese carmaker"), (UGT, "organisation", "union")],
  [("1.2 million tonnes", 1, 1200000.0, "", "tonne", "mass", "", "", "cargo", "", "realised", LA, "last year, the hub itself"),
   ("6%", 1, 6.0, "", "percent", "percent", "", "", "share", "", "realised", LA, "growth; after the interrupting tag"),
   ("25,000 square metres", 1, 25000.0, "", "m2", "area", "", "", "building_area", "", "promised", "", "'plans': intention, the outlet's sentence"),
   ("1,500 jobs", 1, 1500.0, "", "count", "count", "jobs", "", "jobs", "", "promised", HE, "'will add'; 'the company said'"),
   ("7,000", 1, 7000.0, "", "count", "count", "jobs", "approx", "jobs", "", "promised", HE, "elided noun: 'taking the workforce to about 7,000'"),
   ("€95m", 1, 95000000.0, "", "EUR", "money", "", "", "other", "", "promised", "", "grants pledged (as de_25 'zugesagt')"),
   ("150,000 cars", 1, 150000.0, "", "count", "count", "cars", "", "other", "year", "promised", DG, "production from 2027"),
   ("60%", 1, 60.0, "", "percent", "percent", "", "at_least", "share", "", "promised", UGT, "share of hires demanded"),
   ("2,000 workers", 1, 2000.0, "", "count", "count", "workers", "", "jobs", "", "promised", UGT, "the planned workforce"),
   ("£2.5bn", 1, 2500000000.0, "", "GBP", "money", "", "", "investment", "", "promised", "", "'has agreed to pay', deal awaiting approval: coded as a prospect"),
   ("40%", 1, 40.0, "", "percent", "percent", "", "", "share", "", "promised", "", "stake to be bought, as the row above")],
  [("Cainiao's European hub handled 1.2 million tonnes of cargo last year", 1, "reported", LA, "said", "neutral", "reported clause interrupted by the tag, part one"),
   ("up 6% on the year before", 1, "reported", LA, "said", "neutral", "part two"),
   ("Korean battery maker Hanseo Energy will add 1,500 jobs at its plant near Wrocław, taking the workforce to about 7,000", 1, "reported", HE, "said", "supportive", "reported clause before 'the company said'"),
   ("its plant in Zaragoza would build 150,000 cars a year from 2027", 1, "reported", DG, "said", "supportive", ""),
   ("it wanted a guarantee that at least 60% of the 2,000 workers would be hired locally", 1, "reported", UGT, "said", "neutral", "")])

# ---------------------------------------------------------------- Dutch
IW, QP, VH, YI = "Ilse de Wolf", "Qamar Port Holdings", "Van Hoeve", "Yilmaz"
T("nl_27_notulen_gemeenteraad_terminal.txt", "nl", "council_minutes", "port", "Gemeente Terneuzen", "2025-06-12",
  [(IW, "person", "wethouder Economie"), (QP, "organisation", ""), (VH, "person", ""), (YI, "person", "")],
  [("27 raadsleden", 1, 27.0, "", "count", "count", "raadsleden", "", "people", "", "realised", "", "attendance list"),
   ("60 procent", 1, 60.0, "", "percent", "percent", "", "", "share", "", "promised", IW, "stake to be taken over (present 'neemt over' about a deal still to be approved); minutes summarising the alderwoman's explanation ('licht het voorstel toe'); 'volgens het bedrijf' governs the second conjunct only"),
   ("180 miljoen euro", 1, 180000000.0, "", "EUR", "money", "", "more_than", "investment", "", "promised", QP, "'ruim'; present 'investeert' about the future; 'volgens het bedrijf'"),
   ("800 meter", 1, 0.8, "", "km", "length", "", "", "other", "", "promised", QP, "length of the new quay, in km"),
   ("240 werknemers", 1, 240.0, "", "count", "count", "werknemers", "", "jobs", "", "realised", IW, "'telt nu'; the alderwoman's explanation, no cue of its own"),
   ("350", 1, 350.0, "", "count", "count", "werknemers", "approx", "jobs", "", "promised", QP, "elided noun; 'de overnemer verwacht er ... ongeveer 350': an expectation, the buyer credited (as nl_26 'Renard wil')"),
   ("12 miljoen euro", 1, 12000000.0, "", "EUR", "money", "", "", "other", "", "historical", VH, "subsidy to the previous owner in 2019; 'twee jaar later' is a relative date, not coded"),
   ("25 jaar", 1, 25.0, "", "year", "duration", "", "", "lease_term", "", "realised", YI, "present 'heeft' about the agreement on the table"),
   ("20 miljoen euro", 1, 20000000.0, "", "EUR", "money", "", "at_most", "fine", "", "promised", IW, "'maximaal'; a penalty that would apply if the buyer left: a prospect; 'bladzijde 14' is a page number, not coded"),
   ("19 stemmen", 1, 19.0, "", "count", "count", "stemmen", "", "other", "", "realised", "", "votes"),
   ("8", 1, 8.0, "", "count", "count", "stemmen", "", "other", "", "realised", "", "elided noun: '19 stemmen voor en 8 tegen'")],
  [("investeert volgens het bedrijf ruim 180 miljoen euro in nieuwe kranen en een kade van 800 meter", 1, "reported", QP, "volgens", "supportive", "second conjunct of the alderwoman's sentence, with 'volgens het bedrijf' inside it"),
   ("of de gemeente garanties krijgt", 1, "reported", VH, "vraagt", "critical", "indirect question; minutes in the present tense"),
   ("de haven in 2019 al 12 miljoen euro subsidie gaf aan de vorige eigenaar, die twee jaar later vertrok", 1, "reported", VH, "wijst erop", "critical", "pronoun 'Hij'"),
   ("de overeenkomst een looptijd van 25 jaar heeft maar geen boeteclausule", 1, "reported", YI, "zegt", "critical", "'Mevrouw Yilmaz'"),
   ("Wie betaalt als ze morgen weggaan?", 1, "direct", YI, "", "critical", "no cue: follows her reported statement"),
   ("er wel een boete van maximaal 20 miljoen euro in de overeenkomst staat, „op bladzijde 14”", 1, "reported", IW, "antwoordt", "supportive", "'De wethouder': role noun; contains a quoted fragment (also coded as mixed)"),
   ("op bladzijde 14", 1, "mixed", IW, "antwoordt", "supportive", "")])

HL, VB = "Hui Lin", "vakbonden"
T("nl_28_vraaggesprek_topvrouw_cainiao.txt", "nl", "interview_qa", "liege_hub", "Het Maasland Magazine", "2025-11-19",
  [(HL, "person", ""), (VB, "organisation", "")],
  [("1.150 mensen", 1, 1150.0, "", "count", "count", "mensen", "", "jobs", "", "realised", HL, "answer after the initials label 'H.L.'; 'hebben ... in dienst'"),
   ("1.020 voltijdsequivalenten", 1, 1020.0, "", "count", "count", "voltijdsequivalenten", "approx", "jobs", "", "realised", HL, "full-time equivalents"),
   ("300 uitzendkrachten", 1, 300.0, "", "count", "count", "uitzendkrachten", "approx", "jobs", "", "realised", HL, "'zo'n'; temporary workers at partners"),
   ("900 banen", 1, 900.0, "", "count", "count", "banen", "", "jobs", "", "promised", "", "the interviewer's question: 'In 2018 werd gesproken over' (the promise of 2018)"),
   ("200 tot 250 banen", 1, 200.0, 250.0, "count", "count", "banen", "range", "jobs", "", "promised", HL, "'komen er ... bij' with 'tegen 2027'"),
   ("25 procent", 1, 25.0, "", "percent", "percent", "", "", "share", "", "realised", HL, "night premium; 'een derde' is a fraction, not coded"),
   ("400.000", 1, 400000.0, "", "count", "count", "pakjes", "", "parcels", "dag", "realised", HL, "elided noun from the question ('Hoeveel pakjes'); 'Gemiddeld' is not a hedge"),
   ("700.000", 1, 700000.0, "", "count", "count", "pakjes", "", "parcels", "dag", "realised", HL, "peaks; 'tot' is not in the qualifier table (no qualifier)"),
   ("40 procent", 1, 40.0, "", "percent", "percent", "", "", "share", "", "realised", HL, "share of cargo no longer from China")],
  [("Luik blijft onze poort naar Europa", 1, "direct", HL, "", "supportive", "headline in single quotation marks, the interviewee by context"),
   ("Wij hebben 1.150 mensen in dienst, dat zijn ongeveer 1.020 voltijdsequivalenten. Daarnaast werken er nog zo'n 300 uitzendkrachten bij onze partners.", 1, "direct", HL, "", "supportive", "answer after the initials label, no quotation marks"),
   ("Ja. En we zijn niet klaar. Met de nieuwe hal komen er tegen 2027 nog 200 tot 250 banen bij.", 1, "direct", HL, "", "supportive", "answer"),
   ("een derde van die banen nachtwerk is", 1, "reported", VB, "zeggen", "critical", "reported speech inside the interviewer's question ('De vakbonden zeggen dat')"),
   ("Dat klopt, het is een vrachtluchthaven. Maar we betalen een nachtpremie van 25 procent, meer dan de sector.", 1, "direct", HL, "", "supportive", "answer"),
   ("Gemiddeld 400.000 per dag, met pieken tot 700.000 rond Singles' Day.", 1, "direct", HL, "", "neutral", "answer"),
   ("Ik begrijp die vraag. Maar 40 procent van onze vracht komt vandaag al niet meer uit China.", 1, "direct", HL, "", "supportive", "answer")])

AB, NG, WG = "ABVV", "Nathalie Goffin", "Waalse Gewest"
T("nl_29_vakbondspamflet_cainiao.txt", "nl", "news_union_leaflet", "liege_hub", "De Haspengouwse Post", "2025-10-08",
  [("Cainiao", "organisation", ""), (AB, "organisation", ""), (NG, "person", "Vakbondssecretaris"), (WG, "organisation", "")],
  [("900 banen", 1, 900.0, "", "count", "count", "banen", "", "jobs", "", "promised", AB, "the leaflet's headline, quoted ('staat er'); 'beloofd'"),
   ("640 vaste contracten", 1, 640.0, "", "count", "count", "contracten", "", "jobs", "", "realised", AB, "'gekregen'"),
   ("35 procent", 1, 35.0, "", "percent", "percent", "", "", "share", "", "realised", AB, "'Volgens de vakbond'"),
   ("10 uur", 1, 10.0, "", "hour", "duration", "", "", "other", "nacht", "realised", AB, "length of the shifts; 'tot' is not in the qualifier table"),
   ("150 vaste contracten", 1, 150.0, "", "count", "count", "contracten", "", "jobs", "", "promised", AB, "demanded by the union (as nl_24's cap demanded)"),
   ("drie talen", 1, 3.0, "", "count", "count", "talen", "", "other", "", "realised", NG, "languages of the leaflet; 'de helft' is a fraction, not coded"),
   ("1.100 mensen", 1, 1100.0, "", "count", "count", "mensen", "more_than", "jobs", "", "realised", "Cainiao", "'meer dan', inside the quoted fragment; 'Een woordvoerder': the company"),
   ("12 procentpunt", 1, 12.0, "", "percentage_point", "percent", "", "", "share", "", "realised", "Cainiao", "fall of the temporary-work share since 2022"),
   ("5 miljoen euro", 1, 5000000.0, "", "EUR", "money", "", "", "other", "", "realised", WG, "training aid received")],
  [("900 banen beloofd, 640 vaste contracten gekregen", 1, "direct", AB, "staat er", "critical", "the leaflet quoted: the union (its author) is the speaker"),
   ("werkt 35 procent van het personeel via een uitzendkantoor en draaien de ploegen tot 10 uur per nacht", 1, "reported", AB, "Volgens", "critical", "'Volgens de vakbond'"),
   ("Wij eisen 150 vaste contracten erbij tegen het einde van het jaar", 1, "direct", AB, "staat er", "critical", "the leaflet quoted"),
   ("het pamflet in drie talen is gedrukt, \"omdat de helft van de nachtploeg geen Frans spreekt\"", 1, "reported", NG, "zegt", "critical", "contains a quoted fragment (also coded as mixed)"),
   ("omdat de helft van de nachtploeg geen Frans spreekt", 1, "mixed", NG, "zegt", "critical", ""),
   ("het bedrijf \"meer dan 1.100 mensen\" werk geeft in Luik", 1, "reported", "Cainiao", "zegt", "supportive", "'Een woordvoerder': the company; contains a quoted fragment (also coded as mixed)"),
   ("meer dan 1.100 mensen", 1, "mixed", "Cainiao", "zegt", "supportive", ""),
   ("het aandeel uitzendkrachten sinds 2022 met 12 procentpunt is gedaald", 1, "reported", "Cainiao", "zegt", "supportive", "second 'dat' clause"),
   ("het bedrijf 5 miljoen euro steun kreeg voor opleidingen", 1, "reported", WG, "wijst erop", "neutral", "")])

LM2, PV2, LL2, AK, HR = "Longhai Motors", "Péter Varga", "Lokale landbouwers", "Anna Kiss", "Hongaarse regering"
T("nl_30_vertaald_autofabriek_hongarije.txt", "nl", "machine_translation", "factory", "Centraal-Europa Nieuws (Nederlandse editie)", "2025-05-27",
  [(LM2, "organisation", "De Chinese autofabrikant"), (PV2, "person", "Hongaarse minister van Buitenlandse Zaken"),
   (LL2, "organisation", ""), (AK, "person", "vertegenwoordiger van de boerenvereniging"), (HR, "organisation", "")],
  [("4 miljard euro", 1, 4000000000.0, "", "EUR", "money", "", "", "investment", "", "realised", LM2, "'heeft geïnvesteerd' in the first phase"),
   ("150.000 voertuigen", 1, 150000.0, "", "count", "count", "voertuigen", "", "other", "jaar", "promised", LM2, "'zal produceren' (translated word order)"),
   ("5.000 mensen", 1, 5000.0, "", "count", "count", "mensen", "approx", "jobs", "", "promised", PV2, "'zal geven werk aan ongeveer'"),
   ("2.300 mensen", 1, 2300.0, "", "count", "count", "mensen", "", "jobs", "", "realised", "", "'Op dit moment werken er'"),
   ("300 hectare", 1, 3000000.0, "", "m2", "area", "", "", "site_area", "", "realised", "", "'welke is groot' (translated word order)"),
   ("40 procent", 1, 40.0, "", "percent", "percent", "", "", "share", "", "realised", AK, "less water since construction"),
   ("30 procent", 1, 30.0, "", "percent", "percent", "", "", "share", "", "promised", HR, "water to be reused")],
  [("het in de eerste fase 4 miljard euro heeft geïnvesteerd", 1, "reported", LM2, "zegt", "supportive", "'Het bedrijf zegt dat het'"),
   ("de fabriek zal produceren 150.000 voertuigen per jaar", 1, "reported", LM2, "zegt", "supportive", "second 'dat' clause, translated word order"),
   ("de fabriek zal geven werk aan ongeveer 5.000 mensen wanneer volledig operationeel", 1, "reported", PV2, "Volgens", "supportive", "'Volgens de Hongaarse minister ..., de heer X,' then a main clause in translated word order"),
   ("Dit is de grootste investering in de geschiedenis van onze regio,", 1, "direct", PV2, "zei", "supportive", "pronoun 'hij'"),
   ("het water voor hun akkers wordt gebruikt door de fabriek", 1, "reported", LL2, "zeggen", "critical", "unnamed group as the speaker"),
   ("Wij hebben 40 procent minder water in de zomer sinds de bouw begon.", 1, "direct", AK, "zei", "critical", "colon after 'zei'"),
   ("de fabriek 30 procent van zijn water zal hergebruiken", 1, "reported", HR, "heeft gezegd", "supportive", "")])


# ---------------------------------------------------------------- French
AD, CO = "Aéroport de Liège", "comité"
T("fr_29_breve_agence_fret.txt", "fr", "agency_brief", "liege_hub", "Agence de Presse Wallonne", "2025-03-03",
  [(AD, "organisation", ""), (CO, "organisation", "")],
  [(f"1{NBSP}350 emplois", 1, 1350.0, "", "count", "count", "emplois", "", "jobs", "", "unmarked", "", "headline, no verb (non-breaking space)"),
   ("1,4 million de tonnes", 1, 1400000.0, "", "tonne", "mass", "", "", "cargo", "", "realised", AD, "in 2024; telegraphic 'selon direction' (the airport's management: the airport is the speaker)"),
   (f"7{NBSP}%", 1, 7.0, "", "percent", "percent", "", "", "share", "", "realised", AD, "growth in brackets '(+7 %)'"),
   (f"1{NNBSP}350 emplois", 1, 1350.0, "", "count", "count", "emplois", "", "jobs", "", "unmarked", "", "telegraphic, no verb (narrow no-break space); a new sentence, not governed by 'selon direction'"),
   (f"1{NNBSP}100 ETP", 1, 1100.0, "", "count", "count", "ETP", "", "jobs", "", "unmarked", "", "'dont'; no verb"),
   ("1,6 million de tonnes", 1, 1600000.0, "", "tonne", "mass", "", "target", "cargo", "", "promised", "", "'Objectif 2026 :' read as target (as fr_28 'L'objectif est de')"),
   ("30 000 m²", 1, 30000.0, "", "m2", "area", "", "", "building_area", "", "promised", "", "'attendu fin 2025' (ordinary spaces)"),
   ("70 millions d'euros", 1, 70000000.0, "", "EUR", "money", "", "approx", "investment", "", "promised", "", "'estimé à' read as English 'an estimated' (approx); not in the French column of the table"),
   ("25 vols", 1, 25.0, "", "count", "count", "vols", "", "flights", "", "realised", CO, "inside the quoted fragment; 'entre 23 h et 6 h' are times of day, no denominator written (per empty); 'd'ici deux mois' is a relative date, not coded"),
   ("30 ans", 1, 30.0, "", "year", "duration", "", "", "lease_term", "", "unmarked", "", "telegraphic 'Concession du terrain : 30 ans', no verb")],
  [(f"Aéroport de Liège : 1,4 million de tonnes de fret en 2024 (+7{NBSP}%)", 1, "reported", AD, "selon", "neutral", "verbless telegraphic clause governed by 'selon direction'"),
   ("25 vols entre 23 h et 6 h", 1, "mixed", CO, "selon", "critical", "quoted fragment in guillemets, 'selon comité' (article dropped)")])

DR, JL, CC = "Dragonwing", "Jorge Lanuza", "Comisiones Obreras"
T("fr_30_traduit_usine_saragosse.txt", "fr", "machine_translation", "factory", "Iberia Actualités (édition française)", "2025-04-14",
  [(DR, "organisation", "Le fabricant de voitures électriques chinois"), (JL, "person", "président régional"),
   (CC, "organisation", "Le syndicat")],
  [(f"1{NBSP}500 millions d'euros", 1, 1500000000.0, "", "EUR", "money", "", "", "investment", "", "promised", DR, "calque of Spanish '1.500 millones': 1,5 billion; 'réalisera'"),
   (f"2{NBSP}000 postes", 1, 2000.0, "", "count", "count", "postes", "", "jobs", "", "promised", JL, "'va générer'; 'postes de travail' (translated)"),
   (f"4{NBSP}000", 1, 4000.0, "", "count", "count", "postes", "", "jobs", "", "promised", JL, "elided noun: 'et autres 4 000 indirects' (indirect jobs)"),
   ("1,2 million de mètres carrés", 1, 1200000.0, "", "m2", "area", "", "", "site_area", "", "promised", "", "'occupera'; the outlet's sentence"),
   (f"200{NNBSP}000 véhicules", 1, 200000.0, "", "count", "count", "véhicules", "at_most", "other", "an", "promised", "", "'jusqu'à'; 'par an'"),
   (f"70{NBSP}%", 1, 70.0, "", "percent", "percent", "", "at_least", "share", "", "promised", CC, "'au minimum' inside the quoted fragment; share of local hires demanded"),
   ("1 300 licenciements", 1, 1300.0, "", "count", "count", "licenciements", "", "jobs", "", "historical", CC, "job losses at another plant in 2020 (context)")],
  [(f"il réalisera un investissement de 1{NBSP}500 millions d'euros dans la ville de Saragosse", 1, "reported", DR, "a confirmé", "supportive", "after elided 'qu''"),
   (f"l'usine va générer 2{NBSP}000 postes de travail directs et autres 4{NBSP}000 indirects", 1, "reported", JL, "Selon", "supportive", "'Selon le président régional, monsieur X,'"),
   ("C'est un jour historique pour notre terre", 1, "direct", JL, "il a dit", "supportive", "translated tag without inversion ('il a dit' after the quotation)"),
   (f"«{NBSP}au minimum 70{NBSP}%{NBSP}» des travailleurs soient contratés dans la province", 1, "reported", CC, "a demandé", "neutral", "subjunctive 'que' clause; contains a quoted fragment (also coded as mixed)"),
   (f"au minimum 70{NBSP}%", 1, "mixed", CC, "a demandé", "neutral", ""),
   ("l'ancienne usine de la zone a fermé en 2020 avec 1 300 licenciements", 1, "reported", CC, "a rappelé", "neutral", "'Un porte-parole': the union's")])

GW, PT = "Gouvernement wallon", "Pascal Thiry"
T("fr_31_communique_gouvernement_zone_cargo.txt", "fr", "government_press_release", "liege_hub", "Gouvernement wallon", "2025-05-15",
  [(GW, "organisation", ""), (PT, "person", "ministre de l'Économie")],
  [("42 hectares", 1, 420000.0, "", "m2", "area", "", "", "site_area", "", "promised", "", "list item of the approved plan; the government's own release, so no speaker (as the promotional texts)"),
   ("85 millions d'euros", 1, 85000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "public investment in the plan"),
   ("60 millions", 1, 60000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "elided currency: 'dont 60 millions pour les voiries'"),
   (f"1{NNBSP}200 à 1{NNBSP}500 emplois", 1, 1200.0, 1500.0, "count", "count", "emplois", "range", "jobs", "", "promised", "", "'attendus d'ici 2030'"),
   (f"12{NBSP}500 emplois", 1, 12500.0, "", "count", "count", "emplois", "", "jobs", "", "realised", "", "'déjà présents' on the airport platform"),
   ("180 vols cargo", 1, 180.0, "", "count", "count", "vols", "", "flights", "semaine", "realised", "", "verbless list item, present figure set against 2022"),
   ("150", 1, 150.0, "", "count", "count", "vols", "", "flights", "semaine", "realised", "", "elided noun and rate: 'contre 150 en 2022' (the airport itself, past)"),
   ("20 emplois", 1, 20.0, "", "count", "count", "emplois", "at_least", "jobs", "hectare", "promised", GW, "'au moins'; a condition of the plan; 'Le Gouvernement précise que'")],
  [("Liège est aujourd'hui le sixième aéroport cargo d'Europe. Ce plan lui permettra de le rester", 1, "direct", PT, "a déclaré", "supportive", "'sixième' is an ordinal, not coded"),
   ("les nouvelles parcelles seront attribuées en priorité à des entreprises créant au moins 20 emplois par hectare", 1, "reported", GW, "précise", "neutral", "the issuing body in the third person with a speech verb: coded as reported speech, unlike the verbless list items")])

AE = "ancien employé de l'aéroport"
T("fr_32_rectificatif_mediateur.txt", "fr", "correction_ombudsman", "liege_hub", "Le Courrier de Liège", "2025-10-09",
  [("Cainiao", "organisation", ""), (AE, "person", "")],
  [("3 000 personnes", 1, 3000.0, "", "count", "count", "personnes", "", "jobs", "", "realised", "", "the paper's own erroneous figure, quoted from its earlier article ('emploie'): outlet's voice"),
   (f"1{NNBSP}080 travailleurs", 1, 1080.0, "", "count", "count", "travailleurs", "", "jobs", "", "realised", "Cainiao", "'Selon le bilan social déposé par l'entreprise' (as nl_25)"),
   ("960 équivalents", 1, 960.0, "", "count", "count", "équivalents", "approx", "jobs", "", "realised", "Cainiao", "'soit environ'; full-time equivalents"),
   ("3 000", 2, 3000.0, "", "count", "count", "personnes", "", "jobs", "", "promised", "", "anaphoric 'Le chiffre de 3 000': direct and indirect jobs announced in 2018 for 2025; noun of the antecedent")],
  [("emploie 3 000 personnes", 1, "mixed", "", "indiquait", "neutral", "the paper quoting its own earlier article: no speaker"),
   (f"la filiale belge comptait 1{NNBSP}080 travailleurs fin 2024, soit environ 960 équivalents temps plein", 1, "reported", "Cainiao", "Selon", "neutral", "'Selon le bilan social déposé par l'entreprise'"),
   (f"l'erreur «{NBSP}n'est pas innocente{NBSP}» dans un dossier aussi sensible", 1, "reported", AE, "estime", "critical", "'L'un d'eux, ancien employé de l'aéroport': an unnamed reader; contains a quoted fragment (also coded as mixed); the ombudsman's own note is the outlet's voice"),
   ("n'est pas innocente", 1, "mixed", AE, "estime", "critical", "")])

# ---------------------------------------------------------------- German
NS2, SA, EB, AA = "Nordstar Semiconductor", "Sven Ahrens", "Ein Bäcker", "Arbeitsagentur"
T("de_29_fernsehtranskript_chipfabrik.txt", "de", "tv_transcript", "factory", "Abendschau Mitteldeutschland", "2025-06-24",
  [(NS2, "organisation", "Der amerikanische Chiphersteller"), (SA, "person", "Wirtschaftsminister"), (EB, "person", ""),
   (AA, "organisation", "")],
  [("400 Hektar", 1, 4000000.0, "", "m2", "area", "", "approx", "site_area", "", "realised", "", "the reporter's line (outlet's voice); 'rund'"),
   ("3.000 Arbeitsplätze", 1, 3000.0, "", "count", "count", "Arbeitsplätze", "", "jobs", "", "promised", "", "'Zugesagt waren'; the reporter's voice"),
   ("30 Mrd. Euro", 1, 30000000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "'Zugesagt waren'"),
   ("9,9 Milliarden Euro", 1, 9900000000.0, "", "EUR", "money", "", "", "other", "", "promised", SA, "subsidy ready but not paid ('fließen erst, wenn'); line after the surname label"),
   ("zwei Verkäuferinnen", 1, 2.0, "", "count", "count", "Verkäuferinnen", "", "jobs", "", "realised", EB, "hired ('eingestellt'); anonymous source"),
   ("14.000 Menschen", 1, 14000.0, "", "count", "count", "Menschen", "approx", "people", "", "realised", AA, "unemployed people: not jobs")],
  [("die Produktion frühestens 2030 beginnen soll", 1, "reported", NS2, "hat mitgeteilt", "neutral", "'Nordstar hat heute mitgeteilt, dass'; presenter and reporter lines are the outlet's voice"),
   ("Wir halten an dem Projekt fest. Die 9,9 Milliarden Euro Förderung liegen bereit, aber sie fließen erst, wenn die Bagger rollen.", 1, "direct", SA, "", "supportive", "transcript line after the label 'AHRENS:', no quotation marks"),
   ("er habe extra zwei Verkäuferinnen eingestellt, für Bauarbeiter, die nie kamen", 1, "reported", EB, "sagte mir", "critical", "Konjunktiv I, no 'dass'"),
   ("sind in der Region derzeit rund 14.000 Menschen arbeitslos", 1, "reported", AA, "Laut", "neutral", "")])

DP, KR = "Daniel Park", "Kritiker"
T("de_30_interview_batteriechef_polen.txt", "de", "interview_qa", "factory", "Ostwirtschaft Magazin", "2025-01-28",
  [(DP, "person", ""), (KR, "organisation", "")],
  [("zwei Jahren", 1, 2.0, "", "year", "duration", "", "", "other", "", "realised", "", "'seit zwei Jahren': how long he has led the business (a duration, not a relative date)"),
   ("5.500 Beschäftigte", 1, 5500.0, "", "count", "count", "Beschäftigte", "approx", "jobs", "", "realised", DP, "answer after the initials label 'D. P.'; 'Rund'"),
   ("600", 1, 600.0, "", "count", "count", "Beschäftigte", "approx", "jobs", "", "realised", DP, "elided noun: 'davon etwa 600'"),
   ("7.000", 1, 7000.0, "", "count", "count", "Beschäftigte", "", "jobs", "", "promised", DP, "elided noun: 'sollen es 7.000 sein'"),
   ("6.000 Stellen", 1, 6000.0, "", "count", "count", "Stellen", "", "jobs", "", "promised", DP, "the 2018 announcement ('angekündigt')"),
   ("3,2 Mrd. Euro", 1, 3200000000.0, "", "EUR", "money", "", "", "investment", "", "realised", DP, "'bisher ... investiert'"),
   ("8 Prozent", 1, 8.0, "", "percent", "percent", "", "approx", "share", "", "realised", DP, "'Etwa'; the state's share of the investment"),
   ("1,5 Mrd. Euro", 1, 1500000000.0, "", "EUR", "money", "", "", "investment", "", "promised", DP, "a site under review ('prüfen')")],
  [("Polen ist für uns kein Billigstandort", 1, "direct", DP, "", "supportive", "headline, the interviewee by context"),
   ("Rund 5.500 Beschäftigte, davon etwa 600 aus Südkorea. Bis Ende 2026 sollen es 7.000 sein.", 1, "direct", DP, "", "supportive", "answer after the initials label, no quotation marks"),
   ("Sie hätten 2018 mehr versprochen", 1, "reported", KR, "sagen", "critical", "reported speech inside the interviewer's question; Konjunktiv II, no 'dass'"),
   ("Wir haben damals 6.000 Stellen angekündigt, das stimmt. Dann kam die Pandemie. Aber wir haben bisher 3,2 Mrd. Euro investiert, mehr als geplant.", 1, "direct", DP, "", "supportive", "answer"),
   ("Etwa 8 Prozent der Investitionssumme, in Form von Steuernachlässen.", 1, "direct", DP, "", "neutral", "answer"),
   ("Wir prüfen einen Standort für 1,5 Mrd. Euro. Entschieden ist nichts.", 1, "direct", DP, "", "neutral", "answer")])

KM, BF, ZB = "Kreisen des Ministeriums", "Bundesfinanzministerium", "Ein mit den Vorgängen vertrauter Zollbeamter"
T("de_31_recherche_zoll_luettich.txt", "de", "investigation", "liege_hub", "Westdeutsche Rundschau am Sonntag", "2025-11-30",
  [("Cainiao", "organisation", ""), (KM, "organisation", ""), (BF, "organisation", ""), (ZB, "person", "")],
  [("100.000 Pakete", 1, 100000.0, "", "count", "count", "Pakete", "approx", "parcels", "Tag", "realised", "", "'jeden Tag'; the outlet's voice"),
   ("65 Prozent", 1, 65.0, "", "percent", "percent", "", "", "share", "", "realised", KM, "checks on the hub's parcels last year (the project itself); anonymous circles, not the ministry, which does not confirm"),
   ("400 Mio. Euro", 1, 400000000.0, "", "EUR", "money", "", "approx", "other", "jährlich", "realised", KM, "tax loss; 'geschätzt' read as 'an estimated' (approx); per as written ('jährlich'); Konjunktiv I continues the anonymous source"),
   ("500 Paketen", 1, 500.0, "", "count", "count", "Paketen", "", "parcels", "", "realised", ZB, "'eines von 500 Paketen': one check in 500 ('eines' is not read as a number; 'vielleicht' is not a hedge)"),
   ("120 Zöllner", 1, 120.0, "", "count", "count", "Zöllner", "only", "people", "", "realised", ZB, "'nur'; customs officers are people, not jobs (as en_25)"),
   ("2 Mio. Euro", 1, 2000000.0, "", "EUR", "money", "", "approx", "investment", "", "realised", "Cainiao", "software bought in 2024; 'teilte eine Sprecherin mit': the company")],
  [("bei Stichproben im vergangenen Jahr seien bei 65 Prozent der geprüften Sendungen die Warenwerte zu niedrig angegeben gewesen", 1, "reported", KM, "heißt es", "critical", "'Aus Kreisen des Ministeriums heißt es': anonymous source"),
   ("Der Steuerschaden belaufe sich auf geschätzt 400 Mio. Euro jährlich", 1, "reported", KM, "", "critical", "Konjunktiv I continuation, no cue of its own"),
   ("man arbeite „eng mit den belgischen Partnern“ zusammen", 1, "reported", BF, "sagte", "neutral", "'eine Sprecherin': the ministry; contains a quoted fragment (also coded as mixed)"),
   ("eng mit den belgischen Partnern", 1, "mixed", BF, "sagte", "neutral", ""),
   ("Wir kontrollieren vielleicht eines von 500 Paketen. Der Rest ist Vertrauenssache.", 1, "direct", ZB, ":", "critical", "'schildert die Lage drastischer:'"),
   ("In Lüttich selbst seien nur 120 Zöllner für das gesamte Frachtaufkommen zuständig", 1, "reported", ZB, "", "critical", "Konjunktiv I continuation after his quotation"),
   ("Das Unternehmen halte sich an alle Zollvorschriften und habe 2024 rund 2 Mio. Euro in Software zur Prüfung von Warenwerten investiert", 1, "reported", "Cainiao", "teilte mit", "supportive", "reported clause before 'teilte eine Sprecherin mit'")])

PTH, HX, SM, VW, KE = "Patrick Thönnissen", "Huaxin Logistics", "Schmitz", "Verwaltung", "Kessler"
T("de_32_protokoll_gemeinderat_lontzen.txt", "de", "council_minutes", "liege_hub", "Gemeinde Lontzen", "2025-03-24",
  [(PTH, "person", "Bürgermeister"), (HX, "organisation", "ein Tochterunternehmen eines chinesischen Konzerns"),
   (SM, "person", "Ratsmitglied"), (VW, "organisation", ""), (KE, "person", "Ratsmitglied")],
  [("14 Ratsmitglieder", 1, 14.0, "", "count", "count", "Ratsmitglieder", "", "people", "", "realised", "", "attendance list"),
   ("2 Ratsmitglieder", 1, 2.0, "", "count", "count", "Ratsmitglieder", "", "people", "", "realised", "", "excused"),
   ("6,5 Hektar", 1, 65000.0, "", "m2", "area", "", "", "site_area", "", "promised", PTH, "the mayor's explanation in the minutes ('erläutert den Antrag'); 'will ... errichten'"),
   ("12.000 Quadratmeter", 1, 12000.0, "", "m2", "area", "", "", "building_area", "", "promised", HX, "'Laut Antrag': the company's application"),
   ("85 Lkw-Stellplätze", 1, 85.0, "", "count", "count", "Lkw-Stellplätze", "", "other", "", "promised", HX, "truck parking spaces"),
   ("120 Vollzeitstellen", 1, 120.0, "", "count", "count", "Vollzeitstellen", "approx", "jobs", "", "promised", HX, "'stellt ... in Aussicht'"),
   ("900 Lkw", 1, 900.0, "", "count", "count", "Lkw", "approx", "other", "täglich", "realised", SM, "trucks through the village; per as written ('täglich')"),
   ("250", 1, 250.0, "", "count", "count", "Lkw", "at_most", "other", "täglich", "promised", VW, "elided noun and rate: 'bis zu 250 weitere' (surface: the number alone); 'nach Schätzung der Verwaltung'"),
   ("1,8 Mio. Euro", 1, 1800000.0, "", "EUR", "money", "", "", "other", "", "promised", PTH, "road works to be paid by the company"),
   ("10 Ja-Stimmen", 1, 10.0, "", "count", "count", "Ja-Stimmen", "", "other", "", "realised", "", "votes"),
   ("3 Nein-Stimmen", 1, 3.0, "", "count", "count", "Nein-Stimmen", "", "other", "", "realised", "", "votes"),
   ("1 Enthaltung", 1, 1.0, "", "count", "count", "Enthaltung", "", "other", "", "realised", "", "digit one with a noun: a count")],
  [("sind 12.000 Quadratmeter Hallenfläche und 85 Lkw-Stellplätze vorgesehen", 1, "reported", HX, "Laut", "neutral", "'Laut Antrag': the company's application"),
   ("bereits heute täglich rund 900 Lkw durch den Ortskern fahren", 1, "reported", SM, "gibt zu bedenken", "critical", ""),
   ("Mit dem Zentrum kämen nach Schätzung der Verwaltung bis zu 250 weitere hinzu", 1, "reported", VW, "nach Schätzung der", "critical", "the clause with 'nach Schätzung der Verwaltung' inside; Konjunktiv II continues the council member's point"),
   ("Jede Stelle, die hier entsteht, muss nicht nach Aachen pendeln.", 1, "direct", KE, ":", "supportive", "'begrüßt das Vorhaben:'"),
   ("das Unternehmen für den Ausbau der Zufahrtsstraße 1,8 Mio. Euro übernehmen werde", 1, "reported", PTH, "teilt mit", "supportive", "'Der Bürgermeister': role noun")])


if __name__ == "__main__":
    raise SystemExit(codes.main())
