"""The hand codes of texts en/nl 17-22, with their spans computed from the text (run once with --write to append)."""
import csv, sys
from pathlib import Path
DEV = Path(__file__).resolve().parent

def find(text, s, occ=1, after=0):
    i = after - 1
    for _ in range(occ):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"not found: {s!r}")
    return i, i + len(s)

CODES = {}
def T(file, lang, form, topic, outlet, published, speakers, quantities, quotes):
    CODES[file] = dict(lang=lang, form=form, topic=topic, outlet=outlet, published=published,
                       speakers=speakers, quantities=quantities, quotes=quotes)

# speakers: (name, kind, role)   quantities: (surface, occ, value, high, unit, kind, noun, qual, measure, per, status, speaker, note)
# quotes: (quote, occ, type, speaker, cue, stance, note)

# ---------------------------------------------------------------- English
SL, WR, MD, IR, RC, JP = ("Sophie Lambotte", "Walloon Region", "Marc-Antoine Delhaye", "Isabelle Renard-Dumont",
                          "the residents’ committee", "Jacques Piron")
T("en_17_court_night_flight_permit.txt", "en", "court_report", "liege_hub", "The Meuse Courier", "2024-06-19",
  [(SL, "person", "counsel for the residents"), (WR, "organisation", ""), (MD, "person", "its lawyer"),
   (IR, "person", "The airport’s own counsel"), (RC, "organisation", ""), (JP, "person", "retired teacher")],
  [("214 residents", 1, 214.0, "", "count", "count", "residents", "", "people", "", "realised", "", "claimants"),
   ("20 years", 1, 20.0, "", "year", "duration", "", "", "other", "", "realised", "", "term of the environmental permit ('renewed in 2022 for'), not a lease"),
   ("16,000", 1, 16000.0, "", "count", "count", "movements", "", "flights", "year", "realised", "", "elided noun: 'caps night movements at 16,000 a year'; a cap stated by the verb, no hedge word"),
   ("11,400 night movements", 1, 11400.0, "", "count", "count", "movements", "", "flights", "", "realised", SL, "second that-clause of 'told the court'; the airport's own night operations last year"),
   ("€37 million", 1, 37000000.0, "", "EUR", "money", "", "", "other", "", "realised", MD, "insulation spending; reported clause before 'he said'"),
   ("1,900 homes", 1, 1900.0, "", "count", "count", "homes", "", "other", "", "realised", MD, "homes insulated"),
   ("600", 1, 600.0, "", "count", "count", "homes", "", "other", "", "promised", MD, "elided noun 'homes'; 'would pay for another'"),
   ("9,500 direct and indirect jobs", 1, 9500.0, "", "count", "count", "jobs", "approx", "jobs", "", "realised", IR, "'supports some'; reported clause interrupted by 'she said'"),
   ("1,300", 1, 1300.0, "", "count", "count", "jobs", "approx", "jobs", "", "realised", IR, "elided noun inside the quoted fragment 'of which roughly 1,300'"),
   ("700 full-time equivalents", 1, 700.0, "", "count", "count", "equivalents", "less_than", "jobs", "", "realised", RC, "'According to'; hedge 'fewer than'"),
   ("30 days", 1, 30.0, "", "day", "duration", "", "", "other", "", "unmarked", "", "deadline for written notes set by the judge (an order, not a quoted statement)"),
   ("40 residents", 1, 40.0, "", "count", "count", "residents", "approx", "people", "", "realised", "", "protesters; 'Piron, 71' (age) and 'in 1985' are not coded"),
   ("two flights", 1, 2.0, "", "count", "count", "flights", "", "flights", "night", "historical", JP, "inside the mixed quotation; the airport in 1985")],
  [("the cap was “a ceiling nobody ever expected to reach”", 1, "reported", SL, "told the court", "critical", "reported clause containing a quoted fragment (also coded as mixed)"),
   ("a ceiling nobody ever expected to reach", 1, "mixed", SL, "told the court", "critical", ""),
   ("the airport had logged 11,400 night movements last year", 1, "reported", SL, "told the court", "critical", "second 'that' clause of the same cue"),
   ("My clients are not against the airport,", 1, "direct", SL, "said", "critical", "interrupted quotation, part one; surname alone; against night flights, so critical"),
   ("They are against being woken at three in the morning, every morning, by a freighter full of phone cases.", 1, "direct", SL, "said", "critical", "interrupted quotation, part two; 'three in the morning' is a time of day"),
   ("noise contours had shrunk as older aircraft were retired", 1, "reported", WR, "argued", "supportive", "'argued through its lawyer': the party is the speaker; defends the permit"),
   ("The region had already spent €37 million insulating 1,900 homes", 1, "reported", MD, "he said", "supportive", "reported clause before the cue; pronoun 'he' = the lawyer"),
   ("would pay for another 600 by the end of 2026", 1, "reported", MD, "he said", "supportive", "continuation after the tag ('he said, and would pay')"),
   ("The cargo platform", 1, "reported", IR, "she said", "supportive", "reported clause interrupted by the tag, part one"),
   ("supports some 9,500 direct and indirect jobs, “of which roughly 1,300 are at the Cainiao hub alone”", 1, "reported", IR, "she said", "supportive", "reported clause interrupted by the tag, part two, ending in a quoted fragment (also coded as mixed)"),
   ("of which roughly 1,300 are at the Cainiao hub alone", 1, "mixed", IR, "she said", "supportive", ""),
   ("Cainiao employs fewer than 700 full-time equivalents on the site, the rest being agency staff", 1, "reported", RC, "According to", "critical", ""),
   ("moving to the village in 1985, “when there were two flights a night and you knew the pilots’ names”", 1, "reported", JP, "recalled", "critical", "gerund complement ending in a quoted fragment (also coded as mixed); apostrophe inside the fragment"),
   ("when there were two flights a night and you knew the pilots’ names", 1, "mixed", JP, "recalled", "critical", "")])

CN, SV, SC, CA, GM, PG, FG = ("Cainiao", "Sarah Van Hool", "Sources close to the file", "customs administration", "Gu Mingyu",
                              "Pieter-Jan Goossens", "FGTB")
T("en_18_live_blog_screening.txt", "en", "live_blog", "liege_hub", "The Brussels Evening Wire", "2025-04-09",
  [(CN, "organisation", "Alibaba’s logistics arm"), (SV, "person", "Green MP"), (SC, "person", ""), (CA, "organisation", ""),
   (GM, "person", "Cainiao’s operations director for Europe"), (PG, "person", "The finance minister"), (FG, "organisation", "The socialist union")],
  [("30-year", 1, 30.0, "", "year", "duration", "", "", "lease_term", "", "unmarked", "", "attributive compound '30-year concession'; entry time stamps (09:12 ...) are times of day, not coded"),
   ("1.1 million parcels", 1, 1100000.0, "", "count", "count", "parcels", "at_most", "parcels", "day", "realised", CN, "'The company says'; hedge 'up to'"),
   ("€100 million", 1, 100000000.0, "", "EUR", "money", "", "", "investment", "", "realised", CN, "'has invested'"),
   ("two warehouses", 1, 2.0, "", "count", "count", "warehouses", "", "other", "", "realised", CN, ""),
   ("two years", 1, 2.0, "", "year", "duration", "", "", "other", "", "promised", SC, "review interval ('a review every two years'), what the cabinet is said to be leaning towards"),
   ("4.2 million parcels", 1, 4200000.0, "", "count", "count", "parcels", "", "parcels", "", "realised", CA, "parcels inspected 'so far this year'"),
   ("38,000 counterfeit items", 1, 38000.0, "", "count", "count", "items", "", "other", "", "realised", CA, "seizures"),
   ("12 extra customs inspectors", 1, 12.0, "", "count", "count", "inspectors", "at_most", "people", "", "promised", PG, "officials, not jobs at the hub; 'will be posted'"),
   ("640", 1, 640.0, "", "count", "count", "workers", "", "jobs", "", "realised", FG, "counted noun after 'of the hub’s' ('640 of the hub’s workers')"),
   ("1,500 people", 1, 1500.0, "", "count", "count", "people", "approx", "jobs", "", "realised", FG, "people working on the site"),
   ("900 direct jobs", 1, 900.0, "", "count", "count", "jobs", "", "jobs", "", "promised", CN, "'Cainiao had promised'"),
   ("ten days", 1, 10.0, "", "day", "duration", "", "", "other", "", "promised", PG, "deadline for publishing the decree; 'the minister said'")],
  [("it now sorts up to 1.1 million parcels a day at peak times", 1, "reported", CN, "says", "supportive", "'The company' = Alibaba's logistics arm"),
   ("it has invested €100 million in its two warehouses", 1, "reported", CN, "says", "supportive", "second 'that' clause of the same cue"),
   ("We are letting a company linked to the Chinese state read the labels on half of Europe’s parcels.", 1, "direct", SV, ":", "critical", "colon-introduced; quotation in a paragraph of its own after 'posted her verdict:'"),
   ("the cabinet is leaning towards a review every two years rather than any restriction on the lease", 1, "reported", SC, "tell us", "neutral", "impersonal source, no 'that'"),
   ("its officers had inspected 4.2 million parcels at Liège so far this year and seized 38,000 counterfeit items", 1, "reported", CA, "said in a statement", "neutral", ""),
   ("Nobody in this building has ever asked us for a password.", 1, "direct", GM, "speaking to reporters", "supportive", "speaker on a line of its own after the quotation, introduced by a dash"),
   ("the government “has no evidence of data leaving Belgium”, but wants “eyes on every server”", 1, "reported", PG, "says", "neutral", "reported clause with two quoted fragments (each also coded as mixed); pronoun 'He'"),
   ("has no evidence of data leaving Belgium", 1, "mixed", PG, "says", "neutral", ""),
   ("eyes on every server", 1, "mixed", PG, "says", "neutral", ""),
   ("up to 12 extra customs inspectors will be posted to Liège from September", 1, "reported", PG, "adds", "neutral", "surname alone"),
   ("640 of the hub’s workers are on temporary contracts, out of about 1,500 people working on the site", 1, "reported", FG, "says", "critical", ""),
   ("900 direct jobs", 1, "reported", CN, "had promised", "supportive", "object of 'had promised' (the promise as noun phrase)"),
   ("a brochure number", 1, "mixed", FG, "calls", "critical", "'the union'"),
   ("The screening decree will be published within ten days", 1, "reported", PG, "the minister said", "neutral", "reported clause before the cue; role noun 'the minister'")])

KW, HL, TG, CO = "Katarzyna Wolak", "Hanlu Logistics", "Tomasz Gryc", "A crane operator"
T("en_19_profile_terminal_manager.txt", "en", "profile", "rail", "The Vistula Review", "2024-11-02",
  [(KW, "person", "managing director"), (HL, "organisation", ""), (TG, "person", "sits on the district council for the opposition"),
   (CO, "person", "")],
  [("eight trains", 1, 8.0, "", "count", "count", "trains", "", "other", "month", "historical", "", "the terminal in 1998, before the takeover; freight trains are not flights"),
   ("160", 1, 160.0, "", "count", "count", "trains", "approx", "other", "month", "realised", "", "elided noun and rate ('Today it handles about 160')"),
   ("€54 million", 1, 54000000.0, "", "EUR", "money", "", "", "investment", "", "realised", "", "purchase price; 'Wolak, 46' (age) not coded"),
   ("180 people", 1, 180.0, "", "count", "count", "people", "", "jobs", "", "realised", KW, "staff when she started (the project itself, past): realised; quotation over two paragraphs"),
   ("310", 1, 310.0, "", "count", "count", "people", "", "jobs", "", "realised", KW, "elided noun ('Now we are 310')"),
   ("500", 1, 500.0, "", "count", "count", "people", "", "jobs", "", "promised", KW, "elided noun; 'the plan says 500 by 2027'"),
   ("€80 million", 1, 80000000.0, "", "EUR", "money", "", "", "investment", "", "promised", HL, "'has committed to spending a further', according to the company's annual report"),
   ("24 hectares", 1, 240000.0, "", "m2", "area", "", "", "site_area", "", "promised", "", "'is to cover'; new sentence without attribution: outlet's voice"),
   ("four days", 1, 4.0, "", "day", "duration", "", "", "other", "", "realised", "", "container dwell time today"),
   ("two", 1, 2.0, "", "day", "duration", "", "less_than", "other", "", "promised", "", "elided unit ('from four days to under two'); 'should cut'"),
   ("€7 million", 1, 7000000.0, "", "EUR", "money", "", "", "investment", "", "realised", TG, "regional grants received (public money)"),
   ("thirty years", 1, 30.0, "", "year", "duration", "", "", "period", "", "realised", KW, "'in thirty years': the period over which no other money came"),
   ("12 percent", 1, 12.0, "", "percent", "percent", "", "", "share", "", "realised", CO, "wage rise since the takeover")],
  [("that matters", 1, "reported", KW, "says", "neutral", "short reported clause after 'she says'"),
   ("People here don’t care who owns the cranes. They care whether their sons can find work without moving to Warsaw.\n\n“When I started we had 180 people. Now we are 310, and the plan says 500 by 2027.", 1, "direct", KW, "", "supportive", "one quotation over two paragraphs (first left open, second reopened: the reopening mark is inside the span); no speech verb"),
   ("Hanlu, which also owns terminals in Hungary and Serbia, has committed to spending a further €80 million on a second transhipment yard", 1, "reported", HL, "according to", "supportive", "'according to the company’s annual report' at the end of the sentence"),
   ("the terminal received €7 million in regional grants", 1, "reported", TG, "notes", "critical", ""),
   ("We paid for the tracks, and a company in Chengdu decides what runs on them,", 1, "direct", TG, "said", "critical", "pronoun 'he'"),
   ("Chinese money", 1, "reported", KW, "she argues", "supportive", "reported clause interrupted by the tag, part one"),
   ("is the only money that has come to Brzegowo in thirty years", 1, "reported", KW, "she argues", "supportive", "reported clause interrupted by the tag, part two"),
   ("wages had risen by 12 percent since the takeover", 1, "reported", CO, "said", "supportive", "anonymous source; the clause is split by stance: the quoted tail is coded apart"),
   ("but so has the night work", 1, "mixed", CO, "said", "critical", "quoted tail of the reported clause")])

HX, PA, RA, AP, MF = "Haixing Ports", "the port authority", "Ricardo Almeida Sá", "APCT", "Meridian Freight Research"
T("en_20_trade_press_port_concession.txt", "en", "trade_press", "port", "Cargo Routes Monthly", "2025-10-15",
  [(HX, "organisation", "The Hong Kong-listed operator"), (PA, "organisation", ""), (RA, "person", "the terminal’s chief executive"),
   (AP, "organisation", "The national forwarders’ association"), (MF, "organisation", "")],
  [("35-year", 1, 35.0, "", "year", "duration", "", "", "lease_term", "", "unmarked", "", "attributive compound; 'Eighteen months after Haixing Ports took over' is a relative date, not coded"),
   ("four bidders", 1, 4.0, "", "count", "count", "bidders", "", "other", "", "realised", "", "the tender for the concession"),
   ("€410 million", 1, 410000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "'Its plan ... foresees': the outlet paraphrases the filed plan, no speech cue"),
   ("600 metres", 1, 0.6, "", "km", "length", "", "", "other", "", "promised", "", "quay extension"),
   ("1.2 million TEU", 1, 1200000.0, "", "count", "count", "TEU", "", "cargo", "year", "realised", "", "current capacity ('rising from ... a year')"),
   ("2 million", 2, 2000000.0, "", "count", "count", "TEU", "", "cargo", "year", "promised", "", "elided noun and rate ('to 2 million')"),
   ("870,000 TEU", 1, 870000.0, "", "count", "count", "TEU", "", "cargo", "", "realised", PA, "reported clause before 'told Cargo Routes Monthly'"),
   ("nine months", 1, 9.0, "", "month", "duration", "", "", "period", "", "realised", PA, "'the first nine months': period of the throughput figure"),
   ("22%", 1, 22.0, "", "percent", "percent", "", "", "cargo", "", "realised", PA, "growth of throughput"),
   ("Six new ship-to-shore cranes", 1, 6.0, "", "count", "count", "cranes", "", "other", "", "realised", "", "'arrived'"),
   ("two", 1, 2.0, "", "count", "count", "cranes", "", "other", "", "promised", "", "elided noun ('two more are due')"),
   ("400 direct jobs", 1, 400.0, "", "count", "count", "jobs", "", "jobs", "", "promised", "", "'The concession contract commits the operator to': outlet's voice"),
   ("255 full-time equivalents", 1, 255.0, "", "count", "count", "equivalents", "", "jobs", "", "realised", RA, "'currently employs', confirmed by the chief executive (surname alone)"),
   ("5.5 days", 1, 5.5, "", "day", "duration", "", "", "other", "", "realised", AP, "average container dwell time"),
   ("€38 million", 1, 38000000.0, "", "EUR", "money", "", "", "investment", "", "realised", HX, "'had spent ... so far'; unnamed spokeswoman of the group"),
   ("1.5 million TEU", 1, 1500000.0, "", "count", "count", "TEU", "approx", "cargo", "", "promised", MF, "'expect ... to handle around'")],
  [("Throughput reached 870,000 TEU in the first nine months of this year, up 22% on the same period of last year", 1, "reported", PA, "told Cargo Routes Monthly", "neutral", "reported clause before the cue, no 'that'"),
   ("We are not here to build a flag, we are here to build a hub,", 1, "direct", RA, "says", "supportive", "cue and long apposition after the quotation"),
   ("Every crane we add is a crane the carriers will fill.", 1, "direct", RA, "", "supportive", "continuation of the same speaker, no tag"),
   ("the terminal currently employs 255 full-time equivalents", 1, "reported", RA, "confirmed", "neutral", "reported clause before the cue, after a semicolon; surname alone"),
   ("recruitment for the night shift would start in the new year", 1, "reported", RA, "adding", "supportive", ""),
   ("average dwell times have doubled to 5.5 days since the handover", 1, "reported", AP, "complains", "critical", ""),
   ("gate slots are “allocated to whoever sails with the right alliance”", 1, "reported", AP, "complains", "critical", "second 'that' clause ending in a quoted fragment (also coded as mixed)"),
   ("allocated to whoever sails with the right alliance", 1, "mixed", AP, "complains", "critical", ""),
   ("any preference", 1, "reported", HX, "denies", "supportive", "object noun phrase of 'denies'"),
   ("slots were handed out “on a first-come basis”", 1, "reported", HX, "said", "supportive", "'A spokeswoman in Hong Kong': speaker coded as the group; contains a quoted fragment (also coded as mixed)"),
   ("on a first-come basis", 1, "mixed", HX, "said", "supportive", ""),
   ("the group had spent €38 million on a new gate system so far", 1, "reported", HX, "said", "supportive", "second 'that' clause of the same cue"),
   ("Alvarenga to handle around 1.5 million TEU in its first full year under Chinese management", 1, "reported", MF, "expect", "supportive", "object and infinitive after 'expect'")])

WG, REO, BD, RG, LA, SS = ("Walloon government", "the regional employment office", "the budget documents", "Residents’ groups",
                           "Liège Airport", "State Security Service")
T("en_21_faq_liege_hub.txt", "en", "faq", "liege_hub", "The Brussels Ledger", "2024-09-30",
  [(CN, "organisation", "Alibaba’s logistics arm"), (WG, "organisation", ""), (REO, "organisation", ""), (BD, "organisation", ""),
   (RG, "organisation", ""), (LA, "organisation", ""), (SS, "organisation", "")],
  [("38,000 square metres", 1, 38000.0, "", "m2", "area", "", "", "building_area", "", "realised", "", "'The main building covers'"),
   ("900 direct jobs", 1, 900.0, "", "count", "count", "jobs", "", "jobs", "", "promised", WG, "'spoke of'"),
   ("five years", 1, 5.0, "", "year", "duration", "", "", "period", "", "promised", WG, "'within five years': period of the jobs promise"),
   ("1,150 people", 1, 1150.0, "", "count", "count", "people", "", "jobs", "", "realised", CN, "'told us last week that ... work on its site today'"),
   ("720", 1, 720.0, "", "count", "count", "equivalents", "approx", "jobs", "", "realised", REO, "elided noun (full-time equivalents); 'closer to' read as approx"),
   ("€120 million", 1, 120000000.0, "", "EUR", "money", "", "", "investment", "", "realised", CN, "'says it has invested'"),
   ("€45 million", 1, 45000000.0, "", "EUR", "money", "", "approx", "investment", "", "realised", BD, "public money for roads and apron, 'according to the budget documents'"),
   ("20 flights", 1, 20.0, "", "count", "count", "flights", "approx", "flights", "week", "realised", "", "outlet's voice"),
   ("1.4 million tonnes", 1, 1400000.0, "", "tonne", "mass", "", "", "cargo", "", "historical", "", "the airport as a whole last year: context"),
   ("18,000 square metres", 1, 18000.0, "", "m2", "area", "", "", "building_area", "", "promised", "", "'A second phase would add': outlet's voice"),
   ("300 jobs", 1, 300.0, "", "count", "count", "jobs", "", "jobs", "", "promised", CN, "parenthetical 'the company expects'; 'another' outside the surface")],
  [("900 direct jobs within five years", 1, "reported", WG, "spoke of", "supportive", "object of 'spoke of'"),
   ("1,150 people work on its site today, including subcontractors", 1, "reported", CN, "told us", "supportive", ""),
   ("the number closer to 720", 1, "reported", REO, "puts", "neutral", "estimate: 'puts the number closer to'"),
   ("it has invested €120 million in buildings and equipment", 1, "reported", CN, "says", "supportive", ""),
   ("The region, for its part, spent about €45 million on roads and a new cargo apron", 1, "reported", BD, "according to", "neutral", "documents as source, 'according to X' at the end of the sentence"),
   ("the hub has made their nights noisier", 1, "reported", RG, "say", "critical", ""),
   ("its noise footprint is shrinking", 1, "reported", LA, "insists", "supportive", "'The airport' = Liège Airport"),
   ("logistics data could be “of interest to a foreign state”", 1, "reported", SS, "has warned", "critical", "contains a quoted fragment (also coded as mixed)"),
   ("of interest to a foreign state", 1, "mixed", SS, "has warned", "critical", ""),
   ("Customs data belongs to Belgian customs, full stop,", 1, "direct", CN, "said", "supportive", "'a spokesperson' of Cainiao, unnamed"),
   ("another 300 jobs", 1, "reported", CN, "the company expects", "supportive", "parenthetical tag inside the outlet's sentence")])

BC, ST, IW, ND = "Bernard Collignon", "a study commissioned by the airport", "Iweps", "Nathalie Dumont"
T("en_22_fact_check_jobs_claim.txt", "en", "fact_check", "liege_hub", "The Low Countries Courier", "2025-03-18",
  [(BC, "person", "Walloon economy minister"), (ST, "organisation", ""), (CN, "organisation", ""), (IW, "organisation", "The regional statistics office"),
   (ND, "person", "the economist at the University of Liège who led it")],
  [("3,000 jobs", 1, 3000.0, "", "count", "count", "jobs", "", "jobs", "", "realised", BC, "headline: the claim checked (quoted), speaker named in the body"),
   ("3,000 jobs", 2, 3000.0, "", "count", "count", "jobs", "", "jobs", "", "realised", BC, "'has created' in the mixed quotation"),
   ("three years", 1, 3.0, "", "year", "duration", "", "", "period", "", "realised", BC, "period of the claimed job creation"),
   ("4,000 times", 1, 4000.0, "", "count", "count", "times", "more_than", "other", "", "realised", "", "shares on social media"),
   ("3,000 jobs", 3, 3000.0, "", "count", "count", "jobs", "", "jobs", "", "promised", "", "outlet: 'does mention 3,000 jobs, but as a forecast'"),
   ("3,000 direct and indirect jobs", 1, 3000.0, "", "count", "count", "jobs", "at_most", "jobs", "", "promised", ST, "'could support up to ... by 2030'"),
   ("410 people", 1, 410.0, "", "count", "count", "people", "", "jobs", "", "realised", CN, "'According to Cainiao'"),
   ("650", 1, 650.0, "", "count", "count", "people", "", "jobs", "", "realised", CN, "elided noun ('employ another 650'); 'the company says'"),
   ("1,020 full-time equivalents", 1, 1020.0, "", "count", "count", "equivalents", "", "jobs", "", "realised", IW, "'counted': a statistical source, no speech verb"),
   ("610", 1, 610.0, "", "count", "count", "equivalents", "", "jobs", "", "historical", IW, "elided noun; 'in 2018, before the hub opened'"),
   ("two figures", 1, 2.0, "", "count", "count", "figures", "", "other", "", "realised", BC, "inside the mixed quotation of the minister's spokesman"),
   ("1,000 jobs", 1, 1000.0, "", "count", "count", "jobs", "approx", "jobs", "", "realised", "", "the verdict: outlet's voice"),
   ("3,000", 5, 3000.0, "", "count", "count", "jobs", "", "jobs", "", "promised", "", "elided noun ('The figure of 3,000 is a projection for 2030')")],
  [("3,000 jobs", 1, "mixed", BC, "", "supportive", "headline: the claim in quotation marks, its speaker named in the body"),
   ("the Cainiao hub at Liège Airport “has created 3,000 jobs in three years”", 1, "reported", BC, "said", "supportive", "reported clause ending in a quoted fragment (also coded as mixed)"),
   ("has created 3,000 jobs in three years", 1, "mixed", BC, "said", "supportive", ""),
   ("the figure came from a study commissioned by the airport in 2023", 1, "reported", BC, "told us", "neutral", "'The minister’s office': coded as the minister"),
   ("the hub “could support up to 3,000 direct and indirect jobs by 2030” if cargo volumes keep growing", 1, "reported", ST, "estimates", "supportive", "'it' = the study; contains a quoted fragment (also coded as mixed)"),
   ("could support up to 3,000 direct and indirect jobs by 2030", 1, "mixed", ST, "estimates", "supportive", ""),
   ("410 people are employed directly by the company in Liège", 1, "reported", CN, "According to", "neutral", ""),
   ("Its handling partners employ another 650", 1, "reported", CN, "the company says", "neutral", "reported clause before the cue"),
   ("The study was about potential, not about payslips,", 1, "direct", ND, "said", "neutral", "speaker named after the quotation, with a long apposition"),
   ("the minister’s wording was “a shortcut I would not have taken”", 1, "reported", ND, "added", "neutral", "pronoun 'She'; contains a quoted fragment (also coded as mixed)"),
   ("a shortcut I would not have taken", 1, "mixed", ND, "added", "neutral", ""),
   ("the minister had “merged two figures”", 1, "reported", BC, "conceded", "neutral", "'a spokesman for Collignon': coded as the minister; contains a quoted fragment (also coded as mixed)"),
   ("merged two figures", 1, "mixed", BC, "conceded", "neutral", ""),
   ("The minister stands by the substance of his remark", 1, "reported", BC, "the spokesman said", "supportive", "reported clause before the cue"),
   ("the hub “is bringing thousands of jobs to the region, whether in 2025 or in 2030”", 1, "reported", BC, "the spokesman said", "supportive", "after a colon; contains a quoted fragment (also coded as mixed)"),
   ("is bringing thousands of jobs to the region, whether in 2025 or in 2030", 1, "mixed", BC, "the spokesman said", "supportive", "")])

# ---------------------------------------------------------------- Dutch
GV, AB, JT, DM, HP = "Griet Vandormael", "Ahmed Bouzerda", "Jintai", "Dirk Meulemans", "Hilde Peeters"
T("nl_17_gemeenteraad_distributiecentrum.txt", "nl", "council_report", "factory", "Het Kempisch Dagblad", "2025-02-04",
  [(GV, "person", "Schepen van Economie"), (AB, "person", "Raadslid"), (JT, "organisation", "Chinese webwinkelgroep"),
   (DM, "person", "Vlaams Belang-fractieleider"), (HP, "person", "Burgemeester")],
  [("vier uur", 1, 4.0, "", "hour", "duration", "", "nearly", "other", "", "realised", "", "length of the debate (a duration, not a time of day)"),
   ("Negentien raadsleden", 1, 19.0, "", "count", "count", "raadsleden", "", "people", "", "realised", "", "votes in favour"),
   ("acht", 1, 8.0, "", "count", "count", "raadsleden", "", "people", "", "realised", "", "elided noun ('acht tegen')"),
   ("65 miljoen euro", 1, 65000000.0, "", "EUR", "money", "", "", "investment", "", "realised", GV, "her figures ('opende het debat met de cijfers'); present indicative, no prospect cue"),
   ("42.000 vierkante meter", 1, 42000.0, "", "m2", "area", "", "", "building_area", "", "realised", GV, "warehouse ('magazijn')"),
   ("18 hectare", 1, 180000.0, "", "m2", "area", "", "", "site_area", "", "realised", GV, ""),
   ("250 banen", 1, 250.0, "", "count", "count", "banen", "", "jobs", "", "promised", GV, "'moet ... opleveren'"),
   ("450 mensen", 1, 450.0, "", "count", "count", "mensen", "", "jobs", "", "promised", GV, "'zouden er ... aan het werk zijn'"),
   ("120 vrachtwagens", 1, 120.0, "", "count", "count", "vrachtwagens", "", "other", "dag", "promised", AB, "'rekent zelf op': Jintai's expectation as reported by the councillor"),
   ("27 jaar", 1, 27.0, "", "year", "duration", "", "", "lease_term", "", "realised", HP, "erfpacht"),
   ("30.000 zendingen", 1, 30000.0, "", "count", "count", "zendingen", "", "parcels", "dag", "promised", JT, "'moet ... verwerken', 'volgens Jintai'; 'voorjaar van 2026' not coded"),
   ("een dertigtal buurtbewoners", 1, 30.0, "", "count", "count", "buurtbewoners", "approx", "people", "", "realised", "", "approximate number: the article is in the surface")],
  [("Jintai investeert 65 miljoen euro in een magazijn van 42.000 vierkante meter op een perceel van 18 hectare", 1, "reported", GV, "opende het debat met de cijfers", "supportive", "the figures she opened with, given in the next sentence without a speech verb"),
   ("Het bedrijf moet in de eerste fase 250 banen opleveren, en na de uitbreiding zouden er 450 mensen aan het werk zijn", 1, "direct", GV, "zei", "supportive", "pronoun 'ze'"),
   ("komt het merendeel van die jobs in aanmerking voor laaggeschoolden uit de regio", 1, "reported", GV, "Volgens", "supportive", "role noun 'de schepen'"),
   ("het verkeer", 1, "reported", AB, "wees op", "critical", "content is a noun phrase"),
   ("Jintai rekent zelf op 120 vrachtwagens per dag", 1, "reported", AB, "stelde", "critical", "reported clause before the cue, no 'dat'; pronoun 'hij'"),
   ("en dat langs een schoolstraat", 1, "direct", AB, "stelde", "critical", "quotation continuing the sentence after the tag"),
   ("Wij verkopen onze grond aan een bedrijf dat uiteindelijk aan Peking verantwoording aflegt", 1, "direct", DM, "aldus", "critical", "'aldus' + surname"),
   ("de gemeente de grond niet verkoopt maar in erfpacht geeft, voor 27 jaar", 1, "reported", HP, "benadrukte", "supportive", ""),
   ("Na die periode beslist Heerbeek opnieuw. Niet Peking, niet Brussel.", 1, "direct", HP, "", "supportive", "continuation after the reported sentence, no tag"),
   ("onderhandelde Jintai eerder ook met gemeenten in Nederlands-Limburg, waar een vergelijkbaar project strandde op het stikstofdossier", 1, "reported", "", "Naar verluidt", "neutral", "impersonal source: no speaker"),
   ("het ‘uitkijkt naar een lange samenwerking’", 1, "reported", JT, "liet weten", "supportive", "separable cue 'liet ... weten'; contains a quoted fragment (also coded as mixed)"),
   ("uitkijkt naar een lange samenwerking", 1, "mixed", JT, "liet weten", "supportive", ""),
   ("de eerste pakjes in het voorjaar van 2026 de deur uit moeten", 1, "reported", JT, "liet weten", "supportive", "second 'dat' clause of the same cue"),
   ("Tegen dan moet het centrum volgens Jintai 30.000 zendingen per dag verwerken", 1, "reported", JT, "volgens", "supportive", "'volgens X' inside the clause: the whole clause, cue included")])

NB, PD, AW, FD, VD, EC, JH = ("Nationale Bank", "Pieter Degraeve", "AWEX", "federale douane", "vakbond van de douaniers",
                              "Europese Commissie", "Jean-Pierre Hallet")
T("nl_18_analyse_export_douane.txt", "nl", "analysis", "liege_hub", "Het Financieel Weekblad", "2024-10-11",
  [(NB, "organisation", ""), (PD, "person", "handelseconoom"), (AW, "organisation", "Het Waalse exportagentschap"),
   (FD, "organisation", ""), (VD, "organisation", ""), (EC, "organisation", ""), (JH, "person", "luchthavenbestuurder")],
  [("14 procent", 1, 14.0, "", "percent", "percent", "", "", "trade", "", "historical", NB, "fall in Belgian air exports to China 2019-2023; the sentence before presents the figures as the National Bank's (no speech verb)"),
   ("95 procent", 1, 95.0, "", "percent", "percent", "", "approx", "share", "", "realised", "", "share of Cainiao's Liège cargo that is inbound transit; outlet's voice"),
   ("160 Waalse kmo’s", 1, 160.0, "", "count", "count", "kmo’s", "", "other", "", "realised", AW, "SMEs selling via Alibaba"),
   ("30 miljoen euro", 1, 30000000.0, "", "EUR", "money", "", "approx", "revenue", "", "realised", AW, "hedge 'naar schatting'"),
   ("150 euro", 1, 150.0, "", "EUR", "money", "", "less_than", "other", "", "historical", "", "customs duty threshold ('onder 150 euro'), 'waren tot voor kort'"),
   ("een miljoen", 1, 1000000.0, "", "count", "count", "pakjes", "more_than", "parcels", "dag", "realised", "", "elided noun (pakjes, via 'er'); 'een miljoen' = one million; 'naar verluidt': impersonal source"),
   ("190 ambtenaren", 1, 190.0, "", "count", "count", "ambtenaren", "", "people", "", "realised", FD, "customs officers (officials, not hub jobs)"),
   ("100 extra mensen", 1, 100.0, "", "count", "count", "mensen", "at_least", "people", "", "unmarked", VD, "staff needed ('nodig zijn'): a demand, neither promised nor realised"),
   ("twee jaar", 1, 2.0, "", "year", "duration", "", "", "other", "", "promised", EC, "deadline for the new rules, inside the mixed quotation")],
  [("de hub ook de Belgische export naar China zou aanzwengelen", 1, "reported", "", "de belofte", "supportive", "promise with no named source"),
   ("Luik is een draaischijf, geen exportmachine", 1, "direct", PD, "zegt", "critical", "inverted tag 'zegt X'"),
   ("Wie verwachtte dat Waalse bedrijven via Alibaba massaal naar China zouden verkopen, heeft zich vergist.", 1, "direct", PD, "", "critical", "continuation after the attribution"),
   ("hebben sinds de opening 160 Waalse kmo’s hun producten via de platformen van Alibaba aangeboden, goed voor een omzet van naar schatting 30 miljoen euro", 1, "reported", AW, "Volgens", "supportive", "role noun 'het agentschap'"),
   ("Luik verwerkt er naar verluidt meer dan een miljoen per dag", 1, "reported", "", "naar verluidt", "neutral", "impersonal source inside the clause: the whole clause, cue included"),
   ("ze daar met 190 ambtenaren onmogelijk alles kan controleren", 1, "reported", FD, "zegt", "critical", ""),
   ("er minstens 100 extra mensen nodig zijn", 1, "reported", VD, "vindt", "critical", ""),
   ("de nieuwe regels „binnen twee jaar” moeten ingaan", 1, "reported", EC, "verklaarde", "neutral", "'Een woordvoerder van de Europese Commissie'; contains a quoted fragment (also coded as mixed)"),
   ("binnen twee jaar", 1, "mixed", EC, "verklaarde", "neutral", ""),
   ("Als de goedkope pakjes wegblijven", 1, "reported", JH, "stelt", "neutral", "unquoted first half of the sentence, before the inserted tag"),
   ("dan verliezen we misschien een derde van ons volume", 1, "direct", JH, "stelt", "neutral", "quoted second half after the tag; 'een derde' (a fraction) not coded"),
   ("De Chinese platformen passen zich sneller aan dan wij.", 1, "direct", JH, ":", "supportive", "colon-introduced; pronoun 'Hij'")])

LA_NL, BL, MC, WG_NL = "Liège Airport", "Benoît Lemaire", "Marleen Cox", "Waalse gewest"
T("nl_19_radio_nachtvluchten.txt", "nl", "radio_transcript", "liege_hub", "Radio Maasland", "2024-01-23",
  [(LA_NL, "organisation", ""), (BL, "person", "woordvoerder"), (MC, "person", "woordvoerster van het actiecomité Stille Nachten"),
   (WG_NL, "organisation", "")],
  [("38 bewegingen", 1, 38.0, "", "count", "count", "bewegingen", "", "flights", "", "realised", LA_NL, "'De luchthaven zelf spreekt van'; last night; 'tussen middernacht en zes uur' is a time of day; 'tientallen' not coded"),
   ("tien procent", 1, 10.0, "", "percent", "percent", "", "approx", "share", "", "realised", BL, "Cainiao's share of the night flights"),
   ("1.200 mensen", 1, 1200.0, "", "count", "count", "mensen", "approx", "jobs", "", "realised", BL, "'er zijn vandaag zo'n ... aan de slag'"),
   ("400", 1, 400.0, "", "count", "count", "mensen", "", "jobs", "", "promised", BL, "elided noun; 'met de tweede fase komen daar nog 400 bij'"),
   ("1.200 jobs", 1, 1200.0, "", "count", "count", "jobs", "", "jobs", "", "realised", MC, "the airport's figure taken up by the critic; present, no prospect"),
   ("drie jaar", 1, 3.0, "", "year", "duration", "", "", "period", "", "realised", MC, "'horen we al drie jaar'"),
   ("vijf uur", 1, 5.0, "", "hour", "duration", "", "", "other", "nacht", "realised", MC, "hours of sleep a night ('gemiddeld' is not a hedge); 'elf uur', 'zes uur', 'acht uur' are times of day"),
   ("12 miljoen euro", 1, 12000000.0, "", "EUR", "money", "", "", "other", "", "realised", BL, "noise insulation spending this year")],
  [("38 bewegingen", 1, "reported", LA_NL, "spreekt van", "neutral", "content is a noun phrase; in the presenter's line"),
   ("Voor een vrachtluchthaven wel. Wij werken voor klanten in heel Europa, en pakjes die vanavond besteld worden, moeten morgen geleverd zijn. Dat lukt niet zonder nachtvluchten.", 1, "direct", BL, "", "supportive", "transcript turn: speaker label on the line, no quotation marks"),
   ("Een klein deel, ongeveer tien procent. De Chinese hub zorgt wel voor veel werk: er zijn vandaag zo'n 1.200 mensen aan de slag, en met de tweede fase komen daar nog 400 bij.", 1, "direct", BL, "", "supportive", "transcript turn"),
   ("Die 1.200 jobs horen we al drie jaar. Ondertussen is het aantal nachtvluchten boven onze dorpen met een kwart gestegen. Ik slaap gemiddeld vijf uur per nacht. Dat is geen leven.", 1, "direct", MC, "", "critical", "transcript turn"),
   ("Een nachtverbod van elf uur ’s avonds tot zes uur ’s ochtends, zoals in Brussel. En een onafhankelijke geluidsmeting, niet eentje die de luchthaven zelf betaalt.", 1, "direct", MC, "", "critical", "transcript turn"),
   ("is een nachtverbod juridisch onmogelijk zolang de huidige vergunning loopt", 1, "reported", WG_NL, "Volgens", "neutral", "in the presenter's line"),
   ("We investeren dit jaar 12 miljoen euro in geluidsisolatie. Dat is meer dan ooit.", 1, "direct", BL, "", "supportive", "transcript turn")])

KR, AI, HZ = "Kramer", "AIVD", "Havenbedrijf Zeeland Delta"
T("nl_20_lezersbrieven_westkade.txt", "nl", "letters", "port", "De Zeeuwse Courant", "2024-05-28",
  [(KR, "person", "Wethouder"), (AI, "organisation", ""), (HZ, "organisation", "")],
  [("300 banen", 1, 300.0, "", "count", "count", "banen", "at_least", "jobs", "", "realised", KR, "mixed quotation 'minstens 300 banen veiligstelt' (present, jobs kept)"),
   ("22 jaar", 1, 22.0, "", "year", "duration", "", "", "other", "", "realised", "", "letter writer's years on the quay; letters coded like an opinion piece: the writer's own voice is the text's voice"),
   ("300", 2, 300.0, "", "count", "count", "banen", "", "jobs", "", "historical", "", "elided noun; a promise made at the previous takeover in 2009 (context, not this deal)"),
   ("190", 1, 190.0, "", "count", "count", "banen", "", "jobs", "", "historical", "", "elided noun ('waren we met 190'); 'Vijf jaar later' is a relative date"),
   ("800.000 containers", 1, 800000.0, "", "count", "count", "containers", "", "cargo", "", "historical", "", "Piraeus before the Chinese takeover"),
   ("5 miljoen", 1, 5000000.0, "", "count", "count", "containers", "more_than", "cargo", "", "historical", "", "elided noun; hedge 'ruim'"),
   ("140 miljoen euro", 1, 140000000.0, "", "EUR", "money", "", "", "investment", "", "promised", "", "'wil steken'"),
   ("40 jaar", 1, 40.0, "", "year", "duration", "", "", "lease_term", "", "realised", "", "letter writer: 'krijgt een concessie van'"),
   ("40 jaar", 2, 40.0, "", "year", "duration", "", "", "lease_term", "", "realised", HZ, "editor's note: 'laat weten dat de concessie 40 jaar loopt'"),
   ("600.000 containers", 1, 600000.0, "", "count", "count", "containers", "at_least", "cargo", "jaar", "promised", HZ, "'een minimale overslag van' read as at_least; 'verbindt zich tot'")],
  [("de overname ‘minstens 300 banen veiligstelt’", 1, "reported", KR, "zegt", "supportive", "'Wethouder Kramer', surname only; contains a quoted fragment (also coded as mixed)"),
   ("minstens 300 banen veiligstelt", 1, "mixed", KR, "zegt", "supportive", ""),
   ("is dat precies het soort informatie waar buitenlandse diensten naar zoeken", 1, "reported", AI, "Volgens", "critical", ""),
   ("„de gegevens in Nederland blijven”", 1, "reported", HZ, "antwoordt", "supportive", "'De haven': named in full only in the editor's note below; the whole 'dat' clause is quoted (also coded as mixed)"),
   ("de gegevens in Nederland blijven", 1, "mixed", HZ, "antwoordt", "supportive", ""),
   ("de concessie 40 jaar loopt", 1, "reported", HZ, "laat weten", "neutral", ""),
   ("Donghai zich contractueel verbindt tot een minimale overslag van 600.000 containers per jaar", 1, "reported", HZ, "laat weten", "neutral", "second 'dat' clause of the same cue")])

KRP, ING, XR, KWo, EV, FF, MG = ("Kempen Railport", "ingewijden", "Xinlu Rail", "Koen Wouters", "Els Van Roey", "Forward Flanders",
                                 "Mieke Goris")
T("nl_21_vakblad_spoorterminal.txt", "nl", "trade_press", "rail", "Logistiek Totaal", "2025-06-05",
  [(KRP, "organisation", "binnenlandterminal"), (ING, "person", ""), (KWo, "person", "algemeen directeur"),
   (EV, "person", "Gedeputeerde"), (FF, "organisation", "Expediteursvereniging"), (MG, "person", "secretaris-generaal")],
  [("51 procent", 1, 51.0, "", "percent", "percent", "", "", "share", "", "realised", KRP, "'neemt ... over' (present indicative), 'zo bevestigde de terminal'"),
   ("22 miljoen euro", 1, 22000000.0, "", "EUR", "money", "", "approx", "investment", "", "realised", ING, "purchase price; hedge 'zo’n' (curly apostrophe)"),
   ("vier treinen", 1, 4.0, "", "count", "count", "treinen", "", "other", "week", "realised", "", "Xinlu's existing trains to Duisburg"),
   ("twee rechtstreekse verbindingen", 1, 2.0, "", "count", "count", "verbindingen", "", "other", "", "promised", "", "'wil ... toevoegen'"),
   ("38.000 containers", 1, 38000.0, "", "count", "count", "containers", "", "cargo", "", "historical", KWo, "'Vorig jaar', before the takeover"),
   ("drie jaar", 1, 3.0, "", "year", "duration", "", "", "period", "", "promised", KWo, "'binnen drie jaar'"),
   ("60.000", 1, 60000.0, "", "count", "count", "containers", "", "cargo", "", "promised", KWo, "elided noun; 'moet ... worden'"),
   ("64 werknemers", 1, 64.0, "", "count", "count", "werknemers", "", "jobs", "", "realised", KWo, "jobs kept ('behouden hun contract'); sentence continuing his account"),
   ("een twintigtal", 1, 20.0, "", "count", "count", "werknemers", "approx", "jobs", "", "promised", KWo, "elided noun; 'volgens hem tegen 2027'"),
   ("24 procent", 1, 24.0, "", "percent", "percent", "", "", "share", "", "historical", "", "the province's former stake ('bezat')"),
   ("18 tot 22 dagen", 1, 18.0, 22.0, "day", "duration", "", "range", "delivery_time", "", "realised", FF, "rail transit time from China"),
   ("40 dagen", 1, 40.0, "", "day", "duration", "", "approx", "delivery_time", "", "unmarked", FF, "sea transit, generic comparison")],
  [("Zonder volume geen toekomst", 1, "direct", KWo, "", "supportive", "headline quotation; speaker from the body"),
   ("Spoorlogistieker Xinlu Rail uit Xi’an neemt 51 procent van de aandelen over", 1, "reported", KRP, "zo bevestigde", "neutral", "reported clause before the cue 'zo bevestigde de terminal'; apostrophe in 'Xi’an'"),
   ("gaat het om zo’n 22 miljoen euro", 1, "reported", ING, "volgens", "neutral", "anonymous sources"),
   ("Wij hebben de sporen en de vergunningen, zij hebben de lading", 1, "direct", KWo, "vat samen", "supportive", "separable verb 'vat ... samen' with the subject after it"),
   ("Vorig jaar draaiden we 38.000 containers. Met Xinlu moet dat er binnen drie jaar 60.000 worden.", 1, "direct", KWo, "", "supportive", "continuation, no tag"),
   ("de terminal in Belgische handen blijft wat het beheer betreft", 1, "reported", KWo, "benadrukt", "supportive", "surname alone"),
   ("De 64 werknemers behouden hun contract, en er komen er volgens hem tegen 2027 nog een twintigtal bij, vooral machinisten en planners", 1, "reported", KWo, "volgens hem", "supportive", "'volgens hem' inside the sentence: the whole sentence, cue included"),
   ("een kans om de Kempen op de kaart van de Zijderoute te zetten", 1, "mixed", EV, "noemt", "supportive", ""),
   ("de provincie ‘waakzaam’ blijft", 1, "reported", EV, "voegt eraan toe", "neutral", "contains a quoted word (also coded as mixed)"),
   ("waakzaam", 1, "mixed", EV, "voegt eraan toe", "neutral", ""),
   ("de spoorrit uit China nu al 18 tot 22 dagen duurt, tegenover ongeveer 40 dagen over zee", 1, "reported", FF, "wijst erop", "neutral", ""),
   ("de prijs per container het dubbele is", 1, "reported", FF, "wijst erop", "critical", "second 'dat' clause of the same cue"),
   ("Een trein vol elektronica is prima, maar meubels blijven op het schip", 1, "direct", MG, "aldus", "critical", "'aldus' + role + name")])

YD, VDAB, CN_NL, ACV, DL, PC = "Yusuf Demir", "VDAB", "Cainiao", "ACV", "Dirk Leemans", "Patrick Colson"
T("nl_22_regionaal_pendelaars_bierset.txt", "nl", "regional_news", "liege_hub", "Het Belang van Haspengouw", "2024-12-10",
  [(YD, "person", ""), (VDAB, "organisation", ""), (CN_NL, "organisation", ""), (ACV, "organisation", "christelijke vakbond"),
   (DL, "person", "vakbondssecretaris"), (PC, "person", "Burgemeester")],
  [("zes nachtwerkers", 1, 6.0, "", "count", "count", "nachtwerkers", "", "people", "", "realised", "", "commuters on the minibus; 'om kwart voor tien' is a time of day"),
   ("2.100 euro", 1, 2100.0, "", "EUR", "money", "", "", "other", "maand", "realised", YD, "net monthly wage; '(34)' (age) not coded"),
   ("150", 1, 150.0, "", "count", "count", "Limburgers", "approx", "jobs", "", "realised", VDAB, "elided noun: Limburgers working in Liège ('schat het aantal op ongeveer 150')"),
   ("85 vacatures", 1, 85.0, "", "count", "count", "vacatures", "", "jobs", "", "realised", VDAB, "'Tot nu toe ... ingevuld', 'aldus de dienst'"),
   ("1.300 mensen", 1, 1300.0, "", "count", "count", "mensen", "", "jobs", "", "realised", CN_NL, "'zegt inmiddels ... aan het werk te hebben'"),
   ("980 voltijdse equivalenten", 1, 980.0, "", "count", "count", "equivalenten", "approx", "jobs", "", "realised", CN_NL, "hedge 'zowat' read as approx"),
   ("900 directe banen", 1, 900.0, "", "count", "count", "banen", "", "jobs", "", "promised", "", "'was er sprake van' at the signing in 2018: outlet's voice"),
   ("250", 1, 250.0, "", "count", "count", "banen", "", "jobs", "", "promised", CN_NL, "elided noun; 'zou ... moeten toevoegen', 'liet het bedrijf ... weten'"),
   ("één week", 1, 1.0, "", "week", "duration", "", "", "other", "", "realised", ACV, "contract length; spelled 'één' with a unit"),
   ("40.000 euro", 1, 40000.0, "", "EUR", "money", "", "", "other", "jaar", "realised", "", "the town's contribution to the minibus; 'om zes uur' is a time of day")],
  [("Ik verdien hier netto 2.100 euro per maand, met de nachtpremie erbij", 1, "direct", YD, "vertelt", "supportive", "age in brackets after the name"),
   ("Dat vond ik in Limburg nergens.", 1, "direct", YD, "", "supportive", "second quotation, no tag"),
   ("het aantal op ongeveer 150, verspreid over Cainiao en de afhandelaars die voor het bedrijf werken", 1, "reported", VDAB, "schat", "neutral", "estimate: object of 'schat ... op'"),
   ("Tot nu toe zijn er via de grensoverschrijdende jobbeurzen 85 vacatures ingevuld", 1, "reported", VDAB, "aldus", "supportive", "'aldus de dienst': role noun"),
   ("inmiddels 1.300 mensen aan het werk te hebben in Luik, goed voor zowat 980 voltijdse equivalenten", 1, "reported", CN_NL, "zegt", "supportive", "infinitive complement"),
   ("De tweede fase van de hub zou daar nog eens 250 aan moeten toevoegen", 1, "reported", CN_NL, "liet weten", "supportive", "reported clause before the inverted cue 'liet het bedrijf ... weten'"),
   ("werkt bijna de helft van de Limburgers met contracten van telkens één week", 1, "reported", ACV, "Volgens", "critical", ""),
   ("Je weet op vrijdag niet of je maandag nog mag komen", 1, "direct", DL, "zegt", "critical", ""),
   ("modern dagloonwerk", 1, "mixed", DL, "noemt", "critical", "pronoun 'Hij'"),
   ("Vroeger trokken onze jongeren naar Antwerpen. Nu rijden ze een halfuur naar Bierset.", 1, "direct", PC, "", "supportive", "speaker in the sentence before, no speech verb ('ziet vooral de voordelen')")])

def main():
    for file, c in CODES.items():
        lang = c["lang"]
        text = (DEV / lang / "texts" / file).read_text(encoding="utf-8")
        first = {}
        for name, kind, role in c["speakers"]:
            first[name] = find(text, name)
        def sp(name):
            if not name:
                return ["", ""]
            if name not in first:
                raise SystemExit(f"{file}: speaker {name} not listed")
            return list(first[name])
        rows = {"catalog.csv": [[file, lang, c["form"], c["topic"], c["outlet"], c["published"]]],
                "quantities.csv": [], "quotes.csv": [], "speakers.csv": []}
        for (s, occ, v, hi, unit, kind, noun, qual, meas, per, status, spk, note) in c["quantities"]:
            a, b = find(text, s, occ)
            if "--show" in sys.argv:
                print(f"  Q {file[:5]} {s!r:32} …{text[max(0, a - 30):b + 20]!r}")
            rows["quantities.csv"].append([file, a, b, s, v, hi, unit, kind, noun, qual, meas, per, status, spk, *sp(spk), note])
        for (q, occ, typ, spk, cue, stance, note) in c["quotes"]:
            a, b = find(text, q, occ)
            rows["quotes.csv"].append([file, a, b, q, typ, spk, *sp(spk), cue, stance, note])
        rows["quantities.csv"].sort(key=lambda r: (r[1], r[2]))
        rows["quotes.csv"].sort(key=lambda r: (r[1], r[2]))
        for name, kind, role in c["speakers"]:
            rows["speakers.csv"].append([file, name, *first[name], kind, role])
        if "--write" in sys.argv:
            for csvname, rs in rows.items():
                path = DEV / lang / csvname
                existing = path.read_text(encoding="utf-8")
                if file in existing:
                    raise SystemExit(f"{file} already in {path}")
                with open(path, "a", encoding="utf-8", newline="") as h:
                    if not existing.endswith("\n"):
                        h.write("\n")
                    csv.writer(h, lineterminator="\r\n").writerows(rs)
        else:
            print(file, {k: len(v) for k, v in rows.items()})
main()
