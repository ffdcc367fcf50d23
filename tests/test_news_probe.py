"""Held-out probes: 2015-2026 news annotated by hand, independently of the rules and of TBAQ.

Four hundred and forty-one probes, written by annotators who saw neither the rules nor each other's work:

* ``tests/data/news_probe_1.jsonl``: 162 sentences in the style of 2020s wire copy (Reuters, AP,
  Bloomberg; markets, politics, sport, weather, courts), fifteen of them holding only look-alikes
  (scores, prices, model and flight numbers, an address, vote counts);
* ``tests/data/news_probe_2.jsonl``: 174 sentences and short passages from many outlets and regions
  (UK, India, Australia, Canada, US local news, press releases, obituaries, earnings, central banks),
  with later expressions depending on earlier ones, and twenty look-alike sentences (cricket scores,
  "7/11", "Catch-22", "Area 51", odds, software versions, bill numbers);
* ``tests/data/news_probe_3.jsonl``: 25 whole articles of 200-300 words (wire stories with datelines,
  an earnings release, a court report, an obituary, a match report, a hurricane told hour by hour, an
  election night, a feature with a history section, a central-bank statement, a crime timeline), whose
  expressions depend on earlier ones across sentences and paragraphs;
* ``tests/data/news_probe_4.jsonl``: 180 cases on what the others cover least: broadcast transcripts
  (speaker turns, spoken numbers and years), ranges and lists, sets and frequencies, vague words,
  durations, history and far futures, and twenty look-alike sentences ("the 1975 Act", "Route 66",
  "Super Bowl LVIII", "a 3-2 win", "4x100m relay", "Apollo 13", "20/20 vision");
* ``tests/data/news_probe_5.jsonl``: 150 cases from outlets outside the US (Ireland, New Zealand, South
  Africa, Nigeria, Kenya, Singapore, the Philippines, Pakistan), business and technology news, short
  articles with anaphora, sport, science, courts and weather, look-alikes and vague words;
* ``tests/data/news_probe_6.jsonl``: 40 whole articles of 200-270 words (a crime told over several days,
  a sentencing, earnings, a campaign, disasters hour by hour, an obituary, an anniversary of Apollo 11,
  a rail strike, an election night, a lockdown address, UK, Australian, Indian and Canadian styles);
* ``tests/data/news_probe_7.jsonl``: 120 cases of US local news, press releases, opinion and features,
  interviews and briefing transcripts (spoken numbers and years), multi-paragraph stories, and
  look-alikes;
* ``tests/data/news_probe_8.jsonl``: 120 cases of business and economics (fiscal periods, guidance),
  politics and legislation, health and science, obituaries, listings and timetables (recurring clock
  times), and look-alikes;
* ``tests/data/news_probe_9.jsonl``: 32 whole articles of 150-300 words (sport, disruption hour by hour,
  a court case over months, an outage in UTC, UK, Australian, Indian and Canadian politics, histories
  of the Titanic and the Berlin Wall told from an anniversary, look-alike articles);
* ``tests/data/news_probe_10.jsonl``: 106 cases of sport schedules, film and TV releases, school
  calendars, weather forecasts, religious and national holidays, opinion, and look-alikes;
* ``tests/data/news_probe_11.jsonl``: 108 cases of wire briefs with datelines, police and court
  blotters, markets, non-US English (Indian, Australian, British, Irish, Canadian, African), interview
  transcripts, and look-alikes;
* ``tests/data/news_probe_12.jsonl``: 108 cases of timelines and explainers (entries labelled by date,
  questions and answers), long reads moving between past and present, court filings, public services,
  quotations, and look-alikes;
* ``tests/data/news_probe_13.jsonl``: 109 cases of health (doses, trials, outbreaks), travel and space
  launches, commodities and energy, technology releases, housing and jobs, and look-alikes;
* ``tests/data/news_probe_14.jsonl``: 108 cases of earnings releases (fiscal periods, year-earlier
  comparisons, guidance, dividends), economic data and central banks, market wraps, deals and filings,
  and look-alikes (tickers, form numbers, bond tenors);
* ``tests/data/news_probe_15.jsonl``: 108 cases of diplomacy and conflict in wire style, elections and
  parliaments, disasters told hour by hour, profiles and obituaries told from a birth year, and
  look-alikes (resolutions, articles, flights, magnitudes);
* ``tests/data/news_probe_16.jsonl``: 108 cases of local news (closures, council meetings, school
  calendars), personal finance, science and space, culture and music, and look-alikes (titles, bands,
  freeways, rooms);
* ``tests/data/news_probe_17.jsonl``: 116 cases of date formats and layout: bylines and timestamps, numeric
  dates in US, British, European and East Asian order, listings and fixture lists, headlines in title case
  and capitals, and look-alikes (versions, ratios, scores);
* ``tests/data/news_probe_18.jsonl``: 108 cases of transport and aviation, energy and outages, labour
  disputes, agriculture and weather, and look-alikes (flight and train numbers, platforms);
* ``tests/data/news_probe_19.jsonl``: 60 long narratives (histories told from an anniversary, biographies,
  investigations over months, company histories, disasters day by day) whose dates anchor to earlier ones;
* ``tests/data/news_probe_20.jsonl``: 108 cases of British, Irish, Australian, New Zealand, South African and
  Indian news and international wire copy (financial years, fortnights, local time zones, national holidays),
  and look-alikes (roads, sections, committees);
* ``tests/data/news_probe_21.jsonl``: 108 cases of sport (seasons, fixtures, contracts), technology releases,
  film, music and theatre, health, and look-alikes (versions, team names, scores);
* ``tests/data/news_probe_22.jsonl``: 108 cases of opinion and explainers full of vague and generic time,
  obituaries, courts and government, business features, and look-alikes (titles, routes, amendments);
* ``tests/data/news_probe_23.jsonl``: 108 cases of US politics and government, crime and courts, education
  (school years, semesters), and look-alikes (bills, circuits, amendments, interstates);
* ``tests/data/news_probe_24.jsonl``: 108 cases of live blogs and rolling coverage (entry stamps), broadcast
  and radio transcripts (spoken clock times and years), social media and embargoed statements, and
  look-alikes (channels and programmes named by numbers or times);
* ``tests/data/news_probe_25.jsonl``: 108 cases of long features moving between past and present, science,
  climate and deep time, long economic and demographic spans, and look-alikes (titles, rooms, products);
* ``tests/data/news_probe_26.jsonl``: 109 cases of English-language news from East and Southeast Asia, the
  Middle East and Africa (bracketed dates, financial years, local time zones), and look-alikes (plans,
  agendas, summits named by numbers);
* ``tests/data/news_probe_27.jsonl``: 110 cases of official notices, corporate announcements and filings,
  public health and safety advisories, and look-alikes (forms, rules, regulations, orders);
* ``tests/data/news_probe_28.jsonl``: 108 cases of travel, food and lifestyle (opening hours, seasons),
  reviews and arts listings, personal stories and advice, and look-alikes (bands, shops, films named by
  numbers);
* ``tests/data/news_probe_29.jsonl``: 108 cases of medical and scientific research, space missions,
  environment and energy research, and look-alikes (viruses, vitamins, rockets, stages);
* ``tests/data/news_probe_30.jsonl``: 109 cases of religious holidays, holiday travel and retail, family and
  community events, and look-alikes (things and places named after holidays);
* ``tests/data/news_probe_31.jsonl``: 108 cases of parliaments and elections worldwide, international
  organisations and summits, courts abroad, and look-alikes (articles, resolutions, seats);
* ``tests/data/news_probe_32.jsonl``: 75 stories told step by step whose dates anchor to earlier dates of the
  story (weeks, months and years back, ending in the present), stories of the last days that catch up with
  the present, and look-alikes (episodes, chapters, game weeks);
* ``tests/data/news_probe_33.jsonl``: 108 cases of everyday 2024-2026 wire copy section by section (politics,
  business, incidents, features), and look-alikes (addresses, tallies, versions);
* ``tests/data/news_probe_34.jsonl``: 108 cases of obituaries and profiles, history and anniversaries,
  reviews and previews, and look-alikes (titles named by years, chapters, routes);
* ``tests/data/news_probe_35.jsonl``: 108 cases of consumer deadlines and windows (tax, enrollment, recalls),
  travel rules, personal finance and housing, and look-alikes (forms, plans, ages);
* ``tests/data/news_probe_36.jsonl``: 61 more stories told step by step, weeks and years back, and news of
  the last days, with look-alikes (names such as "Tuesday Morning", "Sunday Silence");
* ``tests/data/news_probe_37.jsonl``: 108 cases of everyday news from Canada, the UK, Ireland, Australia, New
  Zealand, Singapore, India, South Africa, Kenya and the Philippines, and look-alikes.
* ``tests/data/news_probe_38.jsonl``: 118 cases of news published at the turn of a year, a month, a quarter
  or a week, whose relative expressions cross it, and look-alikes ("Form 12-31", "The Sunday Times");
* ``tests/data/news_probe_39.jsonl``: 110 cases of crisis and diplomacy coverage followed over days and weeks
  (talks, ceasefires, outbreaks, disasters, bank failures), and look-alikes (resolutions, magnitudes);
* ``tests/data/news_probe_40.jsonl``: 108 cases of US regional and city news (councils, schools, police logs,
  courts, weather, high-school sport, obituaries), and look-alikes (addresses, exits, case numbers);
* ``tests/data/news_probe_41.jsonl``: 117 cases of sport, weather and science, culture and travel from
  outlets worldwide, and look-alikes (race times, album titles, shirt numbers);
* ``tests/data/news_probe_42.jsonl``: 108 cases of wire and newspaper copy of 1988-2003 (earnings, markets,
  summits, disasters, trials), in the style of TBAQ's own years but unseen, and look-alikes;
* ``tests/data/news_probe_43.jsonl``: 107 cases of what a news app shows on an ordinary day, every section,
  briefs, explainers, live-blog entries and opinion, and look-alikes ("April Lane", "Friday Harbor");
* ``tests/data/news_probe_44.jsonl``: 122 cases of UK, Irish, Australian, New Zealand and Canadian news, every
  section, and look-alikes ("Sheffield Wednesday", "Easter Road", "Monday's Child");
* ``tests/data/news_probe_45.jsonl``: 106 cases of US national news, every section, breaking news and
  follow-ups days later, analysis and features, and look-alikes ("Tuesday Morning", "April Ryan");
* ``tests/data/news_probe_46.jsonl``: 125 cases of technology and corporate news (launches, shipping windows,
  earnings and guidance, outages in time zones, mergers), and look-alikes (builds, ports, versions, tickers);
* ``tests/data/news_probe_47.jsonl``: 111 cases of obituaries, profiles and anniversary pieces moving between
  a life's past and the present, and look-alikes (ages, titles with numbers, record counts);
* ``tests/data/news_probe_48.jsonl``: 117 cases of elections and parliaments worldwide (campaigns, polls,
  results nights, coalition talks, budgets), and look-alikes (seats, vote shares, bills, articles);
* ``tests/data/news_probe_49.jsonl``: 103 cases of broadcast transcripts of 1996-2026 (anchors, correspondents,
  call-ins, spoken clock times and years), and look-alikes (channels, phone numbers, scores);
* ``tests/data/news_probe_50.jsonl``: 107 cases of weather, disasters and transport disruption followed hour
  by hour and day by day (advisories and their expiry), and look-alikes (storm categories, gauges, roads);
* ``tests/data/news_probe_51.jsonl``: 104 cases of crime, courts and investigations followed over months and
  years, and look-alikes (case numbers, statutes, badge numbers, "Midnight" as a street name);
* ``tests/data/news_probe_52.jsonl``: 128 cases of markets, economic data and central banks worldwide (wraps,
  releases, rate decisions), and look-alikes (tickers, bond tenors, index levels);
* ``tests/data/news_probe_53.jsonl``: 117 cases of world news from English-language outlets everywhere, each
  in its own date style ("Thursday (Jan 5)", "2nd March"), and look-alikes;
* ``tests/data/news_probe_54.jsonl``: 104 cases of sport worldwide (previews, match reports, transfers,
  kick-off times in local zones), and look-alikes (scores, lap times, overs, seeds);
* ``tests/data/news_probe_55.jsonl``: 107 cases of health, medicine, science and space (trials, outbreaks,
  launches, deep time), and look-alikes (doses, mission names, drug codes);
* ``tests/data/news_probe_56.jsonl``: 104 cases of US local TV and newspaper websites (police and fire calls
  with clock times, closings, votes, alerts, events), and look-alikes (addresses, routes, case numbers);
* ``tests/data/news_probe_57.jsonl``: 103 cases of opinion, analysis, explainers and long-form features
  moving between history and the present, and look-alikes;
* ``tests/data/news_probe_58.jsonl``: 109 cases of business news from Europe, Asia, Africa and Latin America
  (fiscal years ending in March, interim results, deals), and look-alikes ("Vision 2030", tickers);
* ``tests/data/news_probe_59.jsonl``: 107 cases of wire copy and broadcast transcripts of 1989-2000, TBAQ's
  own years and styles, unseen, and look-alikes;
* ``tests/data/news_probe_60.jsonl``: 121 cases of government, law and policy (bills, rules taking effect,
  deadlines, rulings, budgets), and look-alikes (sections, dockets, statutes named by years);
* ``tests/data/news_probe_61.jsonl``: 123 cases of culture, travel and entertainment (releases, box office
  weekends, schedules, runs until a date), and look-alikes ("1917", "Ocean's Eleven", "The 1975");
* ``tests/data/news_probe_62.jsonl``: 125 cases of agriculture, commodities and energy (crop years, OPEC+
  meetings, weekly inventories), and look-alikes (contract codes, "Brent 90", octane ratings);
* ``tests/data/news_probe_63.jsonl``: 109 cases of press releases and investor relations (calls with zones,
  replays, dividends to holders of record, fiscal quarters), and look-alikes (tickers, dial-in codes);
* ``tests/data/news_probe_64.jsonl``: 110 cases of wars, unrest and disasters covered as they unfold
  (curfews, ceasefires at midnight, tallies since a date), and look-alikes (brigades, magnitudes);
* ``tests/data/news_probe_65.jsonl``: 108 cases of education, labour and jobs data (school calendars,
  strikes, contracts, revisions), and look-alikes (course codes, "Local 1199", grade levels);
* ``tests/data/news_probe_66.jsonl``: 101 cases of transport and infrastructure (closures from a night to a
  morning, timetables, completion dates), and look-alikes (routes, flights, "I-95", platforms);
* ``tests/data/news_probe_67.jsonl``: 105 cases of weekly reviews, newsletters and Sunday papers ("On Monday
  ... By Thursday", "the week ahead"), and look-alikes (issue numbers, "Seven Days", "1917");
* ``tests/data/news_probe_68.jsonl``: 114 cases of news from South Asia, the Middle East and Africa in their
  date styles ("on 12th March", "Monday (March 10)"), and look-alikes (crore figures, sections);
* ``tests/data/news_probe_69.jsonl``: 103 cases of human-interest features (anniversaries, centenarians,
  reunions, remembered dates), and look-alikes (ages, house and bib numbers, "the Class of '79").
* ``tests/data/news_probe_70.jsonl``: 113 cases of housing and construction (monthly sales, rates "a year
  ago", leases, completion dates), and look-alikes (addresses, "Unit 2024", lot numbers);
* ``tests/data/news_probe_71.jsonl``: 110 cases of climate and environment (targets for 2030 and 2050,
  records since 1880, summits), and look-alikes ("COP28", parts per million, Category 5);
* ``tests/data/news_probe_72.jsonl``: 104 cases of TV, radio and streaming listings (weeknights at 11:35,
  premieres, renewals), and look-alikes ("24", "1923", "Friday Night Lights", S04E07);
* ``tests/data/news_probe_73.jsonl``: 102 cases of crypto, fintech and personal finance (24-hour markets,
  halvings, tax years), and look-alikes (block heights, tickers, "Bitcoin 2024");
* ``tests/data/news_probe_74.jsonl``: 111 cases of "on this day" almanacs, history features and corrections
  ("Today is Tuesday, March 4, the 63rd day of 2025"), and look-alikes ("Apollo 11", "Catch-22");
* ``tests/data/news_probe_75.jsonl``: 117 cases of news from Latin America, the Caribbean and Canada in their
  date styles ("Tuesday, 3 June", Carnival, Thanksgiving in October), and look-alikes ("Bill C-11");
* ``tests/data/news_probe_76.jsonl``: 106 cases of motorsport, racing, golf, tennis and cricket (race
  weekends, tee times, Test days), and look-alikes (lap times, car numbers, scores, overs);
* ``tests/data/news_probe_77.jsonl``: 104 cases of letters, advice columns and personal essays full of
  habitual and generic time ("these days", "every morning"), and look-alikes ("Class of 2020", "7-Eleven");
* ``tests/data/news_probe_78.jsonl``: 106 cases of defence and security (procurement for fiscal years, exercises,
  deadlines of truces, anniversaries of wars), and look-alikes ("F-35", "82nd Airborne", "Resolution 2231");
* ``tests/data/news_probe_79.jsonl``: 108 cases of shipping, logistics and retail (delivery windows, store hours,
  Black Friday, recalls), and look-alikes (SKUs, "Forever 21", container counts, truck numbers);
* ``tests/data/news_probe_80.jsonl``: 107 cases of science and universities (embargoes, semesters, grant cycles,
  observing runs), and look-alikes (course and room numbers, "MARCH5", "Beyond 2001");
* ``tests/data/news_probe_81.jsonl``: 113 cases of entertainment and awards seasons (album drops at midnight, tour
  dates, box-office weekends, festivals), and look-alikes ("The 1975", "Midnights", "Last Christmas");
* ``tests/data/news_probe_82.jsonl``: 109 cases of local government (hearings, comment periods, ordinances taking
  effect, office hours, road closures), and look-alikes (ordinance and parcel numbers, "May Township");
* ``tests/data/news_probe_83.jsonl``: 114 cases of European news in British style (24-hour clocks, "5 March 2025",
  bank holidays, strikes, EU summits), and look-alikes ("Article 50", "the A1", "1922 Committee");
* ``tests/data/news_probe_84.jsonl``: 114 cases of sports business (signing days, trade deadlines, free agency,
  contract years), and look-alikes (jersey and pick numbers, "Sunday Ticket", salaries);
* ``tests/data/news_probe_85.jsonl``: 106 cases of four whole news days of 2025-2026 as a news app shows them, at
  the turn of a quarter, a week, a year and a month, and look-alikes in every section;
* ``tests/data/news_probe_86.jsonl``: 110 cases of the car industry (model years, plant shutdowns, recalls, monthly
  and quarterly sales), and look-alikes ("the 2026 Ford F-150", "Model 3", "Route 66", "911");
* ``tests/data/news_probe_87.jsonl``: 107 cases of video games, esports and streamers (release windows, season
  launches, maintenance in PT, tournaments), and look-alikes ("Cyberpunk 2077", "FIFA 23", "Patch 14.3");
* ``tests/data/news_probe_88.jsonl``: 110 cases of immigration, visas and benefits (processing times, fiscal-year
  caps, lottery windows, payment days), and look-alikes ("I-130", "H-1B", "Title 42", "Section 8");
* ``tests/data/news_probe_89.jsonl``: 109 cases of nature, the outdoors and astronomy (seasons opening at sunrise,
  meteor showers overnight, eclipses, tides), and look-alikes (magnitudes, "Comet C/2023 A3", "Apollo 17");
* ``tests/data/news_probe_90.jsonl``: 109 cases of state legislatures and court calendars (session days, sine die,
  effective dates, continuances, appeals within 30 days), and look-alikes ("SB 1047", "Rule 11", dockets);
* ``tests/data/news_probe_91.jsonl``: 105 cases of community, charity and faith news (services at 10:30 a.m.
  Sundays, Ramadan, Lent, Diwali, food drives), and look-alikes ("Psalm 23", "Matthew 6:34", "5K");
* ``tests/data/news_probe_92.jsonl``: 113 cases of news that looks ahead (week-ahead calendars, previews, plans
  postponed or cancelled, the same weekday past and future in one story), and look-alikes;
* ``tests/data/news_probe_93.jsonl``: 109 cases of AP, New York Times and Xinhua wire copy of 1998-2000 (datelines,
  "dlrs", follow-ups over days, weekend stories about the past week), unseen, and look-alikes;
* ``tests/data/news_probe_94.jsonl``: 111 cases of newsletters and morning briefings ("Driving the news:", "What's
  next: a vote Thursday", "Flashback:", week-ahead bullets), and look-alikes ("TGI Fridays", "Reps. June Whitaker");
* ``tests/data/news_probe_95.jsonl``: 110 cases of the Olympics, World Cups and other tournaments (ceremonies, "Day
  4", matchdays, start times in other zones), and look-alikes ("Euro 2020", "Paris 2024", "the 1500");
* ``tests/data/news_probe_96.jsonl``: 112 cases of archaeology and the distant past (years and centuries BC and AD,
  ranges such as "between 4000 and 3500 BC", digs by season), and look-alikes (context and trench numbers);
* ``tests/data/news_probe_97.jsonl``: 113 cases of food, restaurants and consumer safety (recalls with best-by dates,
  inspections, openings, happy hours), and look-alikes ("Ruby Tuesday", "24-hour diner", lot codes);
* ``tests/data/news_probe_98.jsonl``: 111 cases of fashion and retail seasons (fashion weeks, Black Friday to Cyber
  Monday, drops at 10 a.m. ET, fiscal years), and look-alikes ("Summer Fridays", "Sunday Riley", sizes);
* ``tests/data/news_probe_99.jsonl``: 105 cases of utilities, telecoms and insurance (billing cycles, rate hearings,
  outages and restoration by the hour, hurricane seasons), and look-alikes ("Unlimited 55+", "5G", "FM 1960");
* ``tests/data/news_probe_100.jsonl``: 113 cases of AP, Reuters and New York Times copy of 2001-2010 (September 11,
  Katrina, the 2008 crisis, elections, follow-ups over days), unseen, and look-alikes ("Windows 2000");
* ``tests/data/news_probe_101.jsonl``: 105 cases of small-town weekly papers (church suppers, school boards, "50 years
  ago this week" columns, obituaries with service times), and look-alikes ("VFW Post 1949", "Class of 1975");
* ``tests/data/news_probe_102.jsonl``: 112 cases of US game stories and recaps (kickoff times, doubleheaders, "the
  next night", seasons across two years), and look-alikes from the game clock ("the third quarter" of a game, "with
  2:14 left", "a 24-second violation");
* ``tests/data/news_probe_103.jsonl``: 106 cases of mergers, bankruptcies and restructurings (closing windows, tender
  offers expiring at 5 p.m. ET, go-shop periods, bar dates), and look-alikes ("Chapter 11", "Section 363");
* ``tests/data/news_probe_104.jsonl``: 114 cases of software, cybersecurity and IT operations (breach timelines,
  incident reports in UTC, end-of-support dates, Patch Tuesday), and look-alikes ("Windows 11 24H2", CVE numbers);
* ``tests/data/news_probe_105.jsonl``: 110 cases of charts, ratings and bestseller lists ("for the week ending", "a
  12th week at No. 1", ratings weeks, box-office weekends), and look-alikes ("Hot 100", "Midnights", "USA TODAY");
* ``tests/data/news_probe_106.jsonl``: 109 cases of twentieth-century history told from an anniversary ("Sixty years
  ago Wednesday", D-Day hour by hour, "the winter of 1941-42"), and look-alikes ("1984", "1917", "Catch-22");
* ``tests/data/news_probe_107.jsonl``: 110 cases of headlines, push alerts, chyrons and social posts ("FED HOLDS
  RATES; NEXT MEETING SEPT. 16-17", "Shares up 4% Wed.", "FRI. —"), and look-alikes (tickers, "Big 12", "7-Eleven");
* ``tests/data/news_probe_108.jsonl``: 110 cases of arts and events listings ("Fri.-Sun.", "Thru Jan. 5", "Saturday
  4-11 p.m.", "first Fridays"), and look-alikes ("Studio 54", "Girl Friday Productions", "the 1812 Overture");
* ``tests/data/news_probe_109.jsonl``: 111 cases of COVID-19 coverage of 2020-2022 (lockdowns until further notice,
  14-day quarantines, seven-day averages, reopening phases by date), and look-alikes ("COVID-19", "Omicron BA.5");
* ``tests/data/news_probe_110.jsonl``: 112 cases of airlines and air travel (departures and arrivals in local time,
  red-eyes into the next day, seasonal routes, ground stops by the hour), and look-alikes ("Flight 1549", "Terminal 5");
* ``tests/data/news_probe_111.jsonl``: 110 cases of the Supreme Court and federal courts (terms, argument days,
  emergency applications due by 5 p.m. Friday, stays for 14 days), and look-alikes ("Roe v. Wade (1973)", "22-451");
* ``tests/data/news_probe_112.jsonl``: 113 cases of drug approvals, biotech and clinical trials (PDUFA dates, topline
  data in the second half of a year, doses once weekly), and look-alikes ("Phase 3", "GLP-1", "H5N1", "20 mg");
* ``tests/data/news_probe_113.jsonl``: 110 cases of cruises, tourism and hotels (itineraries by day, peak and shoulder
  seasons, check-in at 3 p.m.), and look-alikes ("Icon of the Seas", "Suite 1901", "Hotel 1000");
* ``tests/data/news_probe_114.jsonl``: 110 cases of corrections, updates and editor's notes ("Updated at 3:45 p.m.
  ET", "it is Tuesday, not Wednesday", live updates superseding each other), and look-alikes ("Vol. 172, No. 59,812");
* ``tests/data/news_probe_115.jsonl``: 109 cases of royal families, celebrities and life events (births at 8:34 a.m.,
  coronations, jubilees, funerals by the hour), and look-alikes ("Charles III", "Sunday Rose", "the Queen's 90th");
* ``tests/data/news_probe_116.jsonl``: 105 cases of trade, tariffs and sanctions (effective at 12:01 a.m. EDT on a
  day, 90-day pauses, phase-ins over three years), and look-alikes ("Section 301", "HTS 8703.23", "G20");
* ``tests/data/news_probe_117.jsonl``: 109 cases of data journalism and statistics ("from 2010 to 2020", "the 12
  months through March", "the 1991-2020 average", records since 1895), and look-alikes ("CPI-U", "Table 3", "p<0.05");
* ``tests/data/news_probe_118.jsonl``: 107 cases of real estate and housing (closings, open houses "Sunday 1-4 p.m.",
  leases, monthly sales against a year earlier), and look-alikes ("30-year fixed", "5/1 ARM", "Monday Properties");
* ``tests/data/news_probe_119.jsonl``: 106 cases of labor, unions and the workplace (contracts expiring at 11:59 p.m.,
  strike days, split shifts, raises phased in), and look-alikes ("Local 1199", "Section 7(a)", "$15 an hour");
* ``tests/data/news_probe_120.jsonl``: 109 cases of motorsport, golf, tennis, horse racing and cycling (race weekends,
  rounds, stages, "4 hours, 57 minutes"), and look-alikes ("Lap 42", "a 66", "6-4, 7-6 (7-3)", "Sunday Silence");
* ``tests/data/news_probe_121.jsonl``: 112 cases of the eighteenth and nineteenth centuries told from anniversaries
  ("the winter of 1777-78", "on the 4th of July, 1776"), and look-alikes ("the Spirit of '76", "the 1812 Overture");
* ``tests/data/news_probe_122.jsonl``: 110 cases of energy and commodity markets (contract and delivery months, "3Q24",
  marketing years, weekly inventories), and look-alikes ("WTI", "Class III milk", "RBOB", "3-2-1 crack spread");
* ``tests/data/news_probe_123.jsonl``: 108 cases of personal essays and first-person columns moving between then and
  now ("that summer", "the year my father died, 1998"), and look-alikes ("I'm 45", "my 1998 Corolla", "April" a friend);
* ``tests/data/news_probe_124.jsonl``: 106 cases of public transit, roads and city services (service changes, hours
  "Monday through Saturday", overnight closures, snow emergencies), and look-alikes ("Route 7", "I-95", "Pier 39");
* ``tests/data/news_probe_125.jsonl``: 110 cases of TV, streaming, radio and podcasts (premieres, "Thursdays at 9/8c",
  ratings for a week, renewals), and look-alikes ("24", "9-1-1", "60 Minutes", "Friday Night Lights", "20/20");
* ``tests/data/news_probe_126.jsonl``: 110 cases of books and publishing (publication days, weeks on a bestseller list,
  prizes, centenaries), and look-alikes ("1984", "Catch-22", "Fahrenheit 451", "Light in August", ISBNs);
* ``tests/data/news_probe_127.jsonl``: 112 cases of startups and venture capital (rounds, runways of 18 months,
  shutdowns by the end of a quarter), and look-alikes ("Series B", "Y Combinator W24", "1984 Ventures", "24/7");
* ``tests/data/news_probe_128.jsonl``: 109 cases of prisons, sentencing, parole and clemency (terms of years,
  executions set for 6 p.m., stays, commutations), and look-alikes (inmate numbers, "Section 1983", "Cell Block 4");
* ``tests/data/news_probe_129.jsonl``: 108 cases of zoos, pets, animals and wildlife rescue (births, hibernation,
  rescues over days, shelter hours), and look-alikes (animals named "Tuesday" or "June", "K-9", "Route 66");
* ``tests/data/news_probe_130.jsonl``: 111 cases of gardening, home and seasonal advice (after the last frost, six to
  eight weeks before, each fall, generic seasons), and look-alikes ("zone 7b", "10-10-10", "four o'clocks");
* ``tests/data/news_probe_131.jsonl``: 111 cases of high-school, college and youth sports (Friday-night games, signing
  days, tournaments over a weekend), and look-alikes ("No. 5", "District 7-5A", "the 4x100 relay", "Class 6A");
* ``tests/data/news_probe_132.jsonl``: 112 cases of weather records, climate and the almanac (records since 1895,
  equinoxes at 10:03 a.m., sunrise and sunset, monthly summaries), and look-alikes ("in the 90s", "a 100-year flood");
* ``tests/data/news_probe_133.jsonl``: 110 cases of hospitals, nursing homes and health administration (visiting
  hours, 72-hour holds, enrollment windows, outbreaks in a facility), and look-alikes ("Room 312", "ICD-10", "4 West");
* ``tests/data/news_probe_134.jsonl``: 105 cases of obituaries and funeral notices (born and died, visitation "from 4 to
  7 p.m. Friday", services at 11 a.m.), and look-alikes ("Psalm 23", "VFW Post 1946", daughters named April and June);
* ``tests/data/news_probe_135.jsonl``: 109 cases of election administration (early voting windows, polls open 7 a.m. to
  8 p.m., canvass and certification deadlines, runoffs), and look-alikes ("Proposition 50", "Ward 4", "1,986 votes");
* ``tests/data/news_probe_136.jsonl``: 110 cases of taxes and personal finance (Tax Day, extensions, estimated payments,
  distributions by Dec. 31, rates effective Jan. 1), and look-alikes ("401(k)", "Form 1099-K", "Section 529");
* ``tests/data/news_probe_137.jsonl``: 111 cases of music, tours and concerts (tour listings, albums out Friday, doors
  at 7 p.m., festival days), and look-alikes ("1989 (Taylor's Version)", Adele's "25", "Summer of '69");
* ``tests/data/news_probe_138.jsonl``: 108 cases of space launches and countdowns (windows opening at 6:02 p.m. EDT,
  T-minus, scrubs, orbits every 90 minutes), and look-alikes ("Apollo 11", "Falcon 9", "Launch Complex 39A");
* ``tests/data/news_probe_139.jsonl``: 109 cases of veterans and military commemorations (Veterans Day at 11 a.m.,
  D-Day and Pearl Harbor anniversaries, service "from 1966 to 1969"), and look-alikes ("the 101st Airborne",
  "B-17");
* ``tests/data/news_probe_140.jsonl``: 108 cases of agriculture, farming and crop reports (USDA reports released
  Thursday, planting "by mid-May", marketing years, county fairs), and look-alikes ("John Deere 8R 410", "4-H", "No.
  2 yellow corn", "60 bushels an acre");
* ``tests/data/news_probe_141.jsonl``: 115 cases of hunting, fishing and outdoor regulations (seasons "Oct. 1
  through Jan. 15", opening days, license deadlines, bag limits a day), and look-alikes ("a 12-gauge", ".30-06", "a
  10-point buck", "Unit 23");
* ``tests/data/news_probe_142.jsonl``: 108 cases of legal and public notices in their formal English ("on the 15th
  day of March, 2024", "at 10:00 o'clock A.M.", "within sixty (60) days"), classified ads, and look-alikes ("Lot 12,
  Block 7", "Case No. 2024-CV-0193");
* ``tests/data/news_probe_143.jsonl``: 110 cases of stock, bond and currency market wraps (the close on Friday,
  year-to-date, "at 4 p.m. ET", futures for December delivery), and look-alikes ("the S&P 500", "Nasdaq 100", "the
  Russell 2000", "Dow 40,000");
* ``tests/data/news_probe_144.jsonl``: 108 cases of school boards, academic calendars, exams and admissions ("the
  2025-26 school year", spring break, snow days, results day), and look-alikes ("Grade 8", "Class of 2027", "Title
  IX", "a 1600 SAT score");
* ``tests/data/news_probe_145.jsonl``: 110 cases of football, cricket and rugby in British, Irish, Australian and
  Indian papers (fixtures, the 89th minute, the Boxing Day Test, the transfer window), and look-alikes ("a 4-4-2",
  "the Class of '92", "Sheffield Wednesday");
* ``tests/data/news_probe_146.jsonl``: 108 cases of police, fire and missing-person reports ("at approximately 2340
  hours", "last seen on Tuesday evening", "in the early hours of Sunday"), and look-alikes ("Engine 7", "a
  .22-caliber", "a 2019 Honda Civic", "Code 3");
* ``tests/data/news_probe_147.jsonl``: 108 cases of wildfires, earthquakes, floods and disaster recovery (hour by
  hour, containment "by Nov. 30", "the 1906 earthquake", FEMA deadlines), and look-alikes ("a magnitude 6.4",
  "Category 4", "the Camp Fire", "Zone 3");
* ``tests/data/news_probe_148.jsonl``: 108 cases of religion and religious calendars (Ramadan "begins at sundown
  Tuesday", Easter, Passover, Diwali, Orthodox Christmas, feast days), and look-alikes ("John 3:16", "Psalm 23",
  "the Good Friday Agreement", "Vatican II");
* ``tests/data/news_probe_149.jsonl``: 105 cases of central banks and economic data ("the Sept. 16-17 meeting", "the
  July jobs report", "in the three months to June", "the fourth straight month"), and look-alikes ("a 2% target",
  "25 basis points", "M2", "Form 10-K");
* ``tests/data/news_probe_150.jsonl``: 110 cases of consumer technology and product launches ("preorders open Friday
  at 5 a.m. PT", "ships Oct. 24", "support ends Oct. 14, 2025", "a two-year warranty"), and look-alikes ("iPhone
  16", "Windows 11", "Wi-Fi 7", "1080p");
* ``tests/data/news_probe_151.jsonl``: 112 cases of parliaments in British, Canadian, Australian, Indian and New
  Zealand English (Prime Minister's Questions, "prorogued until", "a snap election on 4 July", "the monsoon
  session"), and look-alikes ("the 1922 Committee", "Bill C-11", "Article 50");
* ``tests/data/news_probe_152.jsonl``: 111 cases of criminal trials day by day ("on the trial's third day",
  "testimony resumes Monday at 9:30 a.m.", "the night of June 3, 2023", "10:42:17 p.m."), and look-alikes ("Exhibit
  14", "Count 3", "Juror No. 7", "a .38-caliber");
* ``tests/data/news_probe_153.jsonl``: 109 cases of live blogs with their time stamps ("12:45 BST" above an entry,
  "10:58 p.m. ET" then "2:02 a.m. ET", "Updated 14 minutes ago", "a curfew from 22:00 until 07:00"), and look-alikes
  ("minute 73", "Gate 12", "Flight 370", "52.3%");
* ``tests/data/news_probe_154.jsonl``: 108 cases of English-language news from South Asia, Africa and Southeast Asia
  ("on 5th January", "the financial year 2024-25", "w.e.f. 1 April", "last fortnight", "on 15/08/2024"), and
  look-alikes ("Rs 5 crore", "Section 144", "NH-44", "Vision 2030");
* ``tests/data/news_probe_155.jsonl``: 109 cases of health, medicine and fitness advice ("twice daily for 10 days",
  "every 4 to 6 hours", "in the first trimester", "within 72 hours of exposure"), and look-alikes ("a 3-month-old
  baby", "type 2 diabetes", "SPF 30", "the 5:2 diet");
* ``tests/data/news_probe_156.jsonl``: 108 cases of weddings, engagements, anniversaries and society pages ("were
  married Saturday, June 14", "celebrating their 50th wedding anniversary on Tuesday", "a June 2026 wedding is
  planned"), and look-alikes ("Table 12", "a 1965 Mustang", "June" and "April" as names, "size 8");
* ``tests/data/news_probe_157.jsonl``: 110 cases of job postings, hiring notices and HR announcements ("applications
  close 5pm AEST Friday 14 March", "a 12-month fixed-term contract", "Monday to Friday, 9-5", "within 30 days of
  hire"), and look-alikes ("Grade 7", "Band 5", "Job ID 2024-1187", "401(k)");
* ``tests/data/news_probe_158.jsonl``: 108 cases of auctions, the art market and collectibles ("on May 14 at
  Christie's", "an 18th-century bureau", "circa 1890", "bidding closes at 8 p.m. Sunday"), and look-alikes ("Lot
  42", "a 1909-S VDB penny", "No. 5");
* ``tests/data/news_probe_159.jsonl``: 110 cases of aviation, rail and maritime accident investigations ("the final
  report, released 18 months after the crash", "at 14:32 local time", "at 0400 on 9 October 2022", "2:19:41 a.m."),
  and look-alikes ("Flight 1282", "the 737 MAX 9", "Runway 24", "FL350");
* ``tests/data/news_probe_160.jsonl``: 110 cases of encyclopedic biographies and reference entries ("(12 March 1950
  - 3 June 2011)", "Ambassador to Japan, 2009-13", "at the age of 30", "the following year"), and look-alikes
  ("Symphony No. 5", "the 1812 Overture", "Catch-22", "Louis XIV");
* ``tests/data/news_probe_161.jsonl``: 112 cases of marine, mountain and outdoor weather bulletins ("in effect until
  6 p.m. Tuesday", "SATURDAY NIGHT...Mostly cloudy", "high water 05:41", "Wednesday night into Thursday"), and
  look-alikes ("Force 8", "Zone PZZ530", "Level 3 danger", "25 knots");
* ``tests/data/news_probe_162.jsonl``: 110 cases of sports betting, odds and fantasy sports ("lines as of Thursday",
  "Week 12 waiver wire", "lock by kickoff at 1 p.m. ET Sunday", "+350 to win"), and look-alikes ("-110", "over/under
  47.5", "backed UMBC at +2000", "QB1");
* ``tests/data/news_probe_163.jsonl``: 110 cases of spoken and informal English in interviews, podcasts and quoted
  speech ("the night before last", "the Thursday before last", "a week from Friday", "back in, like, 2015", "till
  the fourth"), and look-alikes ("24/7", "a million times", "April" and "June" as names);
* ``tests/data/news_probe_164.jsonl``: 112 cases of recipes, cooking and food columns ("bake for 25 to 30 minutes",
  "chill overnight", "marinate for at least 4 hours or up to 2 days", "Total time: 2 hr 15 min"), and look-alikes
  ("350 degrees", "a 9x13 pan", "1/2 cup", "serves 4");
* ``tests/data/news_probe_165.jsonl``: 108 cases of athletics, marathons, swimming and world records ("won in
  2:03:37", "a 3:43.13 mile", "the record set in 2009", "a 12-month ban"), and look-alikes ("the 100m", "lane 4",
  "the 4x400", "the 1500m");
* ``tests/data/news_probe_166.jsonl``: 105 cases of parenting, child development and family life ("at 18 months",
  "by age 2", "naps twice a day", "bedtime at 7:30"), and look-alikes ("a 3-year-old", "size 4T", "Grade 2", "a
  2-in-1 stroller");
* ``tests/data/news_probe_167.jsonl``: 108 cases of epidemiology and outbreak surveillance ("in epidemiological week
  32", "in the seven days to Sunday", "from EW 1 to EW 18 of 2023", "declared over after 42 days without a case"),
  and look-alikes ("H5N1", "2019-nCoV", "R0 of 1.3", "Level 3 alert");
* ``tests/data/news_probe_168.jsonl``: 106 cases of wine, beer, spirits and vintages ("the 2019 vintage", "aged 12
  years in oak", "the third Thursday of November", "drink now through 2035"), and look-alikes ("750ml", "14.5% ABV",
  "a 90-point score", "the 1855 Classification");
* ``tests/data/news_probe_169.jsonl``: 109 cases of genealogy, census records and family history ("the 1950 census,
  released in April 2022", "born circa 1842", "baptized on New Year's Day", "three generations later"), and
  look-alikes ("Lot 14", "Plot 7", "Roll 1234", "aged 32");
* ``tests/data/news_probe_170.jsonl``: 108 cases of climate science, geology and deep time ("12,000 years ago", "the
  last ice age", "by 2100", "since pre-industrial times", "over the past 800,000 years"), and look-alikes ("1.5C",
  "420 ppm", "RCP8.5", "about 0.25 deg C per decade");
* ``tests/data/news_probe_171.jsonl``: 115 cases of trade shows, conferences and the events industry ("Jan. 7-10",
  "Day 2 of the show", "early-bird pricing ends Friday", "doors open at 9 a.m. daily"), and look-alikes ("Booth
  4012", "Hall C", "Web 3.0", "Gen Z");
* ``tests/data/news_probe_172.jsonl``: 108 cases of sports discipline and player movement ("a four-year ban
  backdated to Aug. 3, 2023", "suspended for the next three games", "the transfer window shuts at 11 p.m. on deadline
  day", "the 2024-25 season"), and look-alikes ("No. 23 shirt", "Article 10.2", "the 4x400m relay");
* ``tests/data/news_probe_173.jsonl``: 106 cases of museums, exhibitions and heritage ("on view through Jan. 5,
  2025", "closed Mondays", "the museum's 150th anniversary", works dated "c. 1665"), and look-alikes ("Gallery 104",
  accession numbers such as "1979.206.1", titles that are years or hours such as "Seven A.M.");
* ``tests/data/news_probe_174.jsonl``: 108 cases of UN, NGO and humanitarian situation reports ("as of 30 June 2024",
  "during the reporting period (1-15 May)", "since 7 October 2023", "the lean season from June to September"), and
  look-alikes (resolution numbers "2720 (2023)", "Phase 5", "Sector 4");
* ``tests/data/news_probe_175.jsonl``: 113 cases of company filings and annual reports ("for the fiscal year ended
  September 30, 2024", "as of December 31, 2023 and 2022", "within 90 days after the end of the fiscal year", "notes
  due 2031"), and look-alikes ("Item 7A", "Rule 10b5-1", "Exhibit 10.3", "Series 2024-1 notes");
* ``tests/data/news_probe_176.jsonl``: 110 cases of mountaineering, polar and expedition news and diaries ("on day
  43", "summited at 9:12 a.m. local time on May 19", "a weather window opening Tuesday", "the 2015 autumn season"),
  and look-alikes ("8,849 m", "Camp 4", "K2", "Midnight Lightning" the boulder problem);
* ``tests/data/news_probe_177.jsonl``: 110 cases of pensions, retirement and ageing ("rises to 67 between 2026 and
  2028", "after 35 years of service", "open enrollment from Oct. 15 to Dec. 7", "the trust fund runs out in 2033"),
  and look-alikes that are ages ("at 65", "a 70-year-old", "the 401(k)", "Form SSA-1099");
* ``tests/data/news_probe_178.jsonl``: 108 cases of everyday British and Irish English ("Monday week", "Thursday
  fortnight", "the early May bank holiday", "the week commencing 8 July", "Hogmanay", "this time last year"), and
  look-alikes ("the M25", "Year 11", "24 May Street", "the 1922 Committee");
* ``tests/data/news_probe_179.jsonl``: 109 cases of earnings-call transcripts and spoken finance ("in the back half
  of the year", "exiting Q4", "fiscal '26", "over the next 12 to 18 months", "as I said last quarter"), and
  look-alikes ("200 basis points", "the H100", "March Madness", "1917" the film);
* ``tests/data/news_probe_180.jsonl``: 105 cases of immigration, visas, asylum and citizenship ("12:01 a.m. Saturday",
  "longer than 180 days", "the preceding 17 days", "More than 11 years later"), and look-alikes ("Form I-140",
  "Section 203(b)(2)", "case number 2024-0113");
* ``tests/data/news_probe_181.jsonl``: 108 cases of construction, infrastructure and public works ("the second
  quarter of fiscal 2023", "the next three weekends", "three years and nine months", "the day before
  Thanksgiving"), and look-alikes ("Route 9", "Phase 2", "Pier 39", "1917 Broadway");
* ``tests/data/news_probe_182.jsonl``: 109 cases of video games and esports ("every Tuesday at 10 a.m. Pacific",
  "10 a.m. Beijing time today", "9:05 a.m. ET, Tuesday, March 4, 2025", "roughly every three months"), and
  look-alikes ("Fallout 76", "Cyberpunk 2077", "Twelve Minutes", "Friday the 13th: The Game");
* ``tests/data/news_probe_183.jsonl``: 108 cases of shipping, ports and supply chains ("0300 local time Saturday",
  "end-Q2", "week 32", "the Lunar New Year holiday", "the middle of next week"), and look-alikes ("Berth 7",
  "container 40HC-7731", "Suez Canal km 151");
* ``tests/data/news_probe_184.jsonl``: 110 cases of science and research news ("00:01 GMT THURSDAY 19 MARCH 2015",
  "about 1.3 billion years ago", "about two-tenths of a second", "the following five months"), and look-alikes
  ("Figure 3", "Gen 2", "2024 YR4", "4.2 light-years away");
* ``tests/data/news_probe_185.jsonl``: 105 cases of time and the sky ("the last Sunday in October that year",
  "23:59:60 Coordinated Universal Time", "the longest day of the year", "the first Tuesday of each month"), and
  look-alikes ("magnitude 4.5", "M31", "Apollo 17", "Comet C/2023 A3");
* ``tests/data/news_probe_186.jsonl``: 111 cases of war and conflict reporting ("the seventh day of the invasion",
  "the early hours of Tuesday", "the second night running", "about 4:40 a.m. Syria time"), and look-alikes ("47th
  Mechanized Brigade", "Resolution 2334", "HIMARS", "1917" the film);
* ``tests/data/news_probe_187.jsonl``: 110 cases of contests, lotteries, sweepstakes and fundraisers ("11:59 p.m.
  ET tonight", "one week from today", "Giving Tuesday", "the 2026-27 academic year"), and look-alikes ("ticket
  004512", "Table 9", "1-9-9-9", "Harry Wednesday");
* ``tests/data/news_probe_188.jsonl``: 110 cases of cryptocurrency markets ("the final three months of 2025",
  "roughly every four years", "Sixteen years ago today", "mid-December last year"), and look-alikes ("a 10x return on
  the ERC-20 token", "the ticker MAY", "Version 0.21.1");
* ``tests/data/news_probe_189.jsonl``: 108 cases of the automotive industry ("4:12 PM EDT, Tue April 23, 2024", "the
  same period a year earlier", "the same month last year", "the Thanksgiving weekend"), and look-alikes ("2.0-liter",
  "1500 W. Route 66", "March organizers");
* ``tests/data/news_probe_190.jsonl``: 109 cases of "Today in History" and almanac columns ("the 366th and final day of
  2020", "Eight hundred years ago Monday", "Four score and seven years ago", "Fifty years ago this morning"), and
  look-alikes ("Catch-22", "Apollo 11", "12 Angry Men");
* ``tests/data/news_probe_191.jsonl``: 108 cases of state visits, papal trips and royal tours ("9:40 a.m. local time
  Sunday", "Thursday 27th June 2024", "the fourth week of January", "Ten years ago this week"), and look-alikes ("Air
  Force One", "Boeing 747-200B", "Fiat 500L");
* ``tests/data/news_probe_192.jsonl``: 111 cases of pregnancy, fertility and medical timelines ("the first Tuesday of
  every month", "every two to three hours", "a Sunday in late November", "the afternoon of Dec. 23"), and look-alikes
  ("IVF cycle 2", "Type 1 diabetes", "Dr. May Chen");
* ``tests/data/news_probe_193.jsonl``: 108 cases of sports injuries and recovery ("at least another two weeks",
  "approximately six months", "A year ago this week", "the final three weeks"), and look-alikes ("No. 23", "No. 12",
  "third seed");
* ``tests/data/news_probe_194.jsonl``: 113 cases of environmental regulation and emissions targets ("the end of the
  decade", "this critical decade", "December of that year", "at least two more years"), and look-alikes ("PM2.5",
  "Section 111(d)", "Tier 4", "Rule 1110.2");
* ``tests/data/news_probe_195.jsonl``: 110 cases of nature calendars ("the Monday after Thanksgiving", "the Columbus
  Day weekend", "the last days of September", "another two to three weeks"), and look-alikes ("Route 100", "Zone 6",
  "Highway 1", "Fall River");
* ``tests/data/news_probe_196.jsonl``: 105 cases of opinion polls and surveys ("conducted Oct. 4-9", "fielded Dec. 29
  through Jan. 2", "a year from now", "the survey a year before"), and look-alikes ("plus or minus", "Question 12", "a
  10-point lead", "Tuesday Morning");
* ``tests/data/news_probe_197.jsonl``: 108 cases of box office and film release weekends ("the Presidents Day holiday
  weekend", "Thursday previews", "the three-day weekend"), and look-alikes ("Last Christmas", "Fast X", "2001: A Space
  Odyssey", "Screen 2");
* ``tests/data/news_probe_198.jsonl``: 108 cases of cold cases and true-crime retrospectives ("Halloween night, 1975",
  "Thirty years to the day later", "nearly four decades"), and look-alikes ("Case No.", "Interstate 84", "Jack
  Friday", ".38-caliber");
* ``tests/data/news_probe_199.jsonl``: 108 cases of product recalls and safety notices ("12/2021", "best-by", "to
  date"), and look-alikes ("model year", "lot code", "SKU 1998-22", "UPC", "Sunday Brunch");
* ``tests/data/news_probe_200.jsonl``: 105 cases of store, restaurant and service hours, openings and closures
  ("Tuesday through Saturday", "extended holiday hours", "open 24 hours"), and look-alikes ("7-Eleven", "Bar 1920",
  "Saturday Market", "Forever 21");
* ``tests/data/news_probe_201.jsonl``: 111 cases of historical comparisons in economic and market news ("worst day
  since the 1987 crash", "40-year high", "pre-pandemic", "2008-09"), and look-alikes ("the 10-year Treasury", "Form
  10-K", "5/1 ARM");
* ``tests/data/news_probe_202.jsonl``: 110 cases of executive appointments, resignations and leadership changes
  ("effective Jan. 1", "at year-end", "on an interim basis", "after 14 years"), and look-alikes ("Fortune 500", "Class
  of 1998", "9/11 Commission");
* ``tests/data/news_probe_203.jsonl``: 108 cases of records, streaks and firsts in sport ("since Penn in 1897", "the
  2019-20 season", "12th straight season", "this century"), and look-alikes ("Super Bowl LVII", "No. 34", "Marcus
  April");
* ``tests/data/news_probe_204.jsonl``: 108 cases of school closings, snow days and weather delays ("a two-hour delay",
  "closed Monday and Tuesday", "make-up day", "remote learning"), and look-alikes ("District 211", "School No. 5",
  "Grade 6", "Fridays for Future");
* ``tests/data/news_probe_205.jsonl``: 110 cases of data breach notifications and cyber incident disclosures ("on or
  about", "between March 3 and April 14", "24 months", "within 72 hours"), and look-alikes ("CVE-2024", "port 443",
  "2048-bit", "Log4j");
* ``tests/data/news_probe_206.jsonl``: 109 cases of birthdays, milestone ages and life anniversaries ("turns 80", "born
  March 3, 1919", "100th birthday", "50th wedding anniversary"), and look-alikes ("Class of 1965", "80 candles",
  "Tuesday Weld");
* ``tests/data/news_probe_207.jsonl``: 108 cases of crime statistics and year-to-date comparisons ("so far this year",
  "the same period last year", "the first six months of 2024", "the past 12 months"), and look-alikes ("75th Precinct",
  "Penal Code 187", "10-4", "Tuesday Nguyen");
* ``tests/data/news_probe_208.jsonl``: 111 cases of public health and environmental advisories ("until further notice",
  "air quality alert", "heat advisory", "through the weekend"), and look-alikes ("PM2.5", "Code Red", "Well No. 4",
  "O157:H7");
* ``tests/data/news_probe_209.jsonl``: 110 cases of Broadway, theater and opera runs ("begins previews", "extended
  through", "16-week engagement", "the 2025-26 season"), and look-alikes ("42nd Street", "Studio 54", "Row 12", "9 to
  5");
* ``tests/data/news_probe_210.jsonl``: 108 cases of passport, visa, DMV and government service backlogs ("10 to 13
  weeks", "booked through", "up to 90 days", "last summer"), and look-alikes ("DS-11", "Window 12", "Real ID", "I-130");
* ``tests/data/news_probe_211.jsonl``: 108 cases of sports drafts, trade deadlines and free agency ("trade deadline",
  "free agency opens", "waiver period", "the offseason"), and look-alikes ("No. 1 pick", "6-foot-8", "Round 2", "the
  76ers");
* ``tests/data/news_probe_212.jsonl``: 110 cases of class-action settlements and claim deadlines ("final approval
  hearing", "within 60 days"), and look-alikes ("Case No.", "Docket 112", "Section 17200", "April Kowalski");
* ``tests/data/news_probe_213.jsonl``: 106 cases of software release cycles and end of support ("support ends", "every
  six months", "long-term support", "the second Tuesday of each month"), and look-alikes ("Windows 10", "Python 3.12",
  "Ubuntu 24.04");
* ``tests/data/news_probe_214.jsonl``: 106 cases of county fairs, festivals and parades ("175th annual Franklin County
  Fair", "gates open at", "rain date"), and look-alikes ("4-H", "Booth 12", "Stage 2", "Tuesday's Gone");
* ``tests/data/news_probe_215.jsonl``: 108 cases of military deployments, exercises and homecomings ("nine-month
  deployment", "after 270 days at sea", "in time for Christmas"), and look-alikes ("101st Airborne", "CVN-78", "F-35",
  "Fort Bragg");
* ``tests/data/news_probe_216.jsonl``: 110 cases of birth announcements and first babies of the year ("three weeks
  early", "first baby of", "due Jan."), and look-alikes ("April the giraffe", "Dr. April Monday", "Tuesday Club");
* ``tests/data/news_probe_217.jsonl``: 108 cases of roadwork, detours and lane closures ("weather permitting", "Memorial
  Day weekend", "no lane closures"), and look-alikes ("I-95", "Exit 12", "Mile Marker 47", "Highway 401");
* ``tests/data/news_probe_218.jsonl``: 106 cases of product reviews and long-term tests ("battery regularly lasted 14
  hours", "a year later"), and look-alikes ("Pixel 9", "Galaxy S24", "120Hz", "Wi-Fi 7");
* ``tests/data/news_probe_219.jsonl``: 110 cases of store closings and going-out-of-business sales ("last day of
  business", "liquidation sales", "after 35 years", "gift cards"), and look-alikes ("Forever 21", "7-Eleven", "Store
  No.", "Aisle 1");
* ``tests/data/news_probe_220.jsonl``: 108 cases of sports injuries and the injured list ("retroactive to Tuesday",
  "four to six weeks", "the last three games", "since Week 3"), and look-alikes ("Tommy John surgery", "a Grade 2
  sprain", "No. 23");
* ``tests/data/news_probe_221.jsonl``: 108 cases of corporate layoffs, WARN notices and plant closings ("beginning
  March 3", "by year-end", "the third round of cuts since January", "the last six months"), and look-alikes
  ("Building 40", "Plant 7", "Local 600");
* ``tests/data/news_probe_222.jsonl``: 108 cases of fact-checks and debunks of claims online ("shared Tuesday", "not
  this week", "the past fortnight", "the spring of 2019"), and look-alikes ("Section 230", "COVID-19", "5G towers");
* ``tests/data/news_probe_223.jsonl``: 108 cases of heat waves, cold snaps and weather streaks ("44 consecutive
  days", "since records began", "8 p.m. Sunday, June 23", "the summer of 1951"), and look-alikes ("Station 5",
  "Interstate 10", "Flight 1724");
* ``tests/data/news_probe_224.jsonl``: 108 cases of political campaigns and election calendars ("36 days before
  Election Day", "the last 48 hours", "8 p.m. Eastern", "later this month"), and look-alikes ("Prop 22", "Project
  2025", "Article 370");
* ``tests/data/news_probe_225.jsonl``: 108 cases of traffic crashes and police accident reports ("shortly after 2
  a.m. Sunday", "about five hours", "a year after", "the previous year"), and look-alikes ("mile marker 212", "a
  2015 Honda Civic", "Unit 12");
* ``tests/data/news_probe_226.jsonl``: 108 cases of grand openings, soft openings and small-business news ("a soft
  opening Friday", "the following Saturday", "seven days a week", "until spring"), and look-alikes ("Five Guys",
  "Route 9 Diner", "Club 21");
* ``tests/data/news_probe_227.jsonl``: 108 cases of long narratives whose dates anchor to the date before them
  (investigations, company histories, rescues, lives), told up to the present ("Weeks later", "Three days after
  that", "By then", "Two decades on"), and look-alikes ("QF1", "A380-800", "Windows 10");
* ``tests/data/news_probe_228.jsonl``: 108 cases of dividends, stock splits, buybacks and shareholder meetings
  ("shareholders of record", "the annual meeting on", "after the close on", "the next two quarters"), and look-
  alikes ("Form 10-K", "S&P 500", "Friday Harbor");
* ``tests/data/news_probe_229.jsonl``: 108 cases of film and television production schedules and releases ("a
  10-week shoot", "8 p.m. tonight", "Sunday 25 January", "the second half of the year"), and look-alikes ("2001: A
  Space Odyssey", "Se7en", "Stranger Things 4");
* ``tests/data/news_probe_230.jsonl``: 108 cases of technology platform and terms-of-service changes ("within 30
  days of", "until Friday to opt out", "the next 90 days", "just over a month"), and look-alikes ("iOS 18", "Windows
  11", "HTTP 410");
* ``tests/data/news_probe_231.jsonl``: 108 cases of vigils, memorials and anniversaries of tragedies ("7 p.m.
  Tuesday", "the 14th of every month", "on the 10th anniversary", "10 years ago"), and look-alikes ("Flight 93",
  "Route 91", "Station 14");
* ``tests/data/news_probe_232.jsonl``: 108 cases of student loans, tuition and education policy ("within 60 days of
  graduation", "July 1, 2026", "more than three years", "one more month"), and look-alikes ("Title IX", "Pell
  Grant", "Form 1098-E");
* ``tests/data/news_probe_233.jsonl``: 108 cases of ceasefires, truces, hostage deals and negotiations with
  deadlines ("since the Oct. 7 attack", "11:15 a.m. local time Sunday", "nearly three hours", "four years later"),
  and look-alikes ("Resolution 2334", "Camp David", "Gate 6");
* ``tests/data/news_probe_234.jsonl``: 108 cases of radio bulletins and spoken time in British, Irish, Australian,
  New Zealand, Indian and US English ("this arvo", "Monday week", "half seven", "the top of the hour"), and look-
  alikes ("Radio 4", "Today FM", "Channel 9");
* ``tests/data/news_probe_235.jsonl``: 108 cases of media rights, sponsorship and long-term contracts in sport and
  entertainment ("through 2035", "over 11 years", "the end of 2031", "the summer of 2025"), and look-alikes
  ("Thursday Night Football", "Sunday Ticket", "Monday Night Raw");
* ``tests/data/news_probe_236.jsonl``: 108 cases of hospital emergency rooms, wait times and health-service
  statistics ("12-hour shifts", "the week ending Sunday", "since records began", "the seven days to Sunday"), and
  look-alikes ("Ward 7", "Form I-9", "Tuesday Morning");
* ``tests/data/news_probe_237.jsonl``: 108 cases of housing and the property market ("45 days", "year over year",
  "the spring selling season", "since the 2008"), and look-alikes ("1600 Pennsylvania Ave", "Unit 12B", "22 Sundays
  Well Road");
* ``tests/data/news_probe_238.jsonl``: 108 cases of concert tours, theatre runs and festivals ("a 12-date", "two
  shows nightly", "the 7:30 p.m.", "extended through Labor Day"), and look-alikes ("The 1975", "Twelfth Night",
  "Saturday Night Fever");
* ``tests/data/news_probe_239.jsonl``: 108 cases of software releases, product launches and support cycles ("ships
  next fall", "Patch Tuesday", "over the coming weeks", "nightly builds"), and look-alikes ("Windows 11 24H2",
  "HTTP/2", "Pixel 9");
* ``tests/data/news_probe_240.jsonl``: 108 cases of tax deadlines, filing seasons and government benefits ("Tax
  Day", "extension to Oct. 15", "the 2023 tax year", "due June 1"), and look-alikes ("Form 1040", "401(k)",
  "Schedule C");
* ``tests/data/news_probe_241.jsonl``: 108 cases of celebrity and entertainment news ("Christmas Eve", "after 11
  years of marriage", "turns 40", "late Sunday"), and look-alikes ("Friday Night Lights", "Summer Walker", "Midnight
  Oil");
* ``tests/data/news_probe_242.jsonl``: 108 cases of mountaineering, polar expeditions, solo sailing and adventure
  ("9:15 a.m. local time on May 22", "in late May", "day 41", "36-hour"), and look-alikes ("K2", "Camp 4", "IMOCA
  60");
* ``tests/data/news_probe_243.jsonl``: 108 cases of video games and esports ("Season 3", "10 a.m. PT", "72-hour",
  "grand final on Sunday"), and look-alikes ("Black Ops 6", "Cyberpunk 2077", "Patch 14.2");
* ``tests/data/news_probe_244.jsonl``: 108 cases of economic data calendars and week-ahead previews ("Friday's
  payrolls", "the week ahead", "two-day meeting", "8:30 a.m. ET"), and look-alikes ("the S&P 500", "Nikkei 225",
  "Form 4");
* ``tests/data/news_probe_245.jsonl``: 108 cases of energy prices, utility bills and tariffs ("the price cap", "1
  October", "the end of March", "for two years"), and look-alikes ("Economy 7", "Agile Octopus", "Unit 4");
* ``tests/data/news_probe_246.jsonl``: 108 cases of golf and tennis tournaments ("tee times", "4:12 p.m.", "the
  final round", "rain delay"), and look-alikes ("the 18th hole", "Court 17", "No. 1 seed");
* ``tests/data/news_probe_247.jsonl``: 108 cases of astronomy and sky-watching ("April 8", "overnight Saturday into
  Sunday", "until 2061", "before dawn"), and look-alikes ("NGC 1300", "Artemis II", "Voyager 1");
* ``tests/data/news_probe_248.jsonl``: 108 cases of retail sales events and shopping seasons ("Black Friday", "Prime
  Day", "Boxing Day", "since late April"), and look-alikes ("Forever 21", "7-Eleven", "Five Below");
* ``tests/data/news_probe_249.jsonl``: 108 cases of history and anniversary columns ("100 years ago this week", "On
  this day in 1969", "years ago today", "a generation later"), and look-alikes ("1619 Project", "Catch-22", "Studio
  54");
* ``tests/data/news_probe_250.jsonl``: 108 cases of county fairs, rodeos, agricultural shows and local festivals
  ("Aug. 13-23", "8 a.m. daily", "the final day", "since 1853"), and look-alikes ("4-H", "Booth 12", "Grandstand
  2");
* ``tests/data/news_probe_251.jsonl``: 108 cases of drug approvals and clinical trial readouts ("a PDUFA date of",
  "the first half of 2016", "a 24-week", "by year-end"), and look-alikes ("Phase 3", "BNT162b2", "H5N1");
* ``tests/data/news_probe_252.jsonl``: 108 cases of renting, leases, tenancy and evictions ("the first of the
  month", "60 days' notice", "a 12-month lease", "at midnight"), and look-alikes ("Apartment 3B", "Section 8", "Form
  N-11");
* ``tests/data/news_probe_253.jsonl``: 108 cases of public holidays, bank holidays and long weekends around the
  world ("the August bank holiday", "Golden Week", "Anzac Day", "Eid al-Fitr"), and look-alikes ("Boxing Day Sales
  Ltd", "Good Friday Agreement", "Labour Party");
* ``tests/data/news_probe_254.jsonl``: 108 cases of subscriptions, memberships and billing cycles ("a month",
  "billing cycle", "free trial", "March 1"), and look-alikes ("Disney+", "Plan 3", "Microsoft 365");
* ``tests/data/news_probe_255.jsonl``: 108 cases of daylight saving time, time zones and calendar oddities ("clocks
  go back", "the shortest day", "Friday the 13th", "5 p.m. Eastern"), and look-alikes ("UTC+10", "Y2K", "the 24-hour
  clock");
* ``tests/data/news_probe_256.jsonl``: 108 cases of banking, credit cards, loans and interest ("0% APR", "the 15th",
  "a 21-day grace period", "five-year fixed"), and look-alikes ("Visa Signature", "a 740 credit score", "Regulation
  Z");
* ``tests/data/news_probe_257.jsonl``: 108 cases of sleep, daily routines and time-use surveys ("hours a night", "on
  weeknights", "2.5 hours a day", "power nap"), and look-alikes ("Type 2 diabetes", "the 4-7-8", "5:2 diet");
* ``tests/data/news_probe_258.jsonl``: 108 cases of horse racing and breeding ("post time", "foaled", "3-year-old",
  "Royal Ascot week"), and look-alikes ("Race 7", "Secretariat", "Gate 4");
* ``tests/data/news_probe_259.jsonl``: 108 cases of boxing, MMA and pro wrestling ("fight week", "weigh-ins",
  "10-round", "in 14 months"), and look-alikes ("UFC 300", "WrestleMania 40", "Round 3");
* ``tests/data/news_probe_260.jsonl``: 108 cases of IPOs, listings and lock-up expiries ("late Wednesday", "its
  first day of trading", "180-day", "lock-up"), and look-alikes ("Rule 144", "Form S-1", "Nasdaq-100");
* ``tests/data/news_probe_261.jsonl``: 108 cases of public inquiries, royal commissions and congressional hearings
  ("sat for 212 days", "final report", "nearly six hours", "Module 2"), and look-alikes ("Exhibit 12", "Section
  230", "the 1922 Committee");
* ``tests/data/news_probe_262.jsonl``: 108 cases of the aurora, solar storms and space weather ("the northern
  lights", "tonight", "solar maximum", "11-year cycle"), and look-alikes ("Kp 7", "region 3664", "Solar Cycle 25");
* ``tests/data/news_probe_263.jsonl``: 108 cases of transport strikes and industrial action ("48-hour", "00:01",
  "overtime ban", "late on Sunday"), and look-alikes ("Platform 9", "the Northern line", "M25");
* ``tests/data/news_probe_264.jsonl``: 108 cases of Ramadan, fasting, religious feasts and prayer times ("iftar",
  "suhoor", "sundown", "Ash Wednesday"), and look-alikes ("Surah 2", "Psalm 90", "Gate 7");
* ``tests/data/news_probe_265.jsonl``: 108 cases of Test cricket and multi-day matches ("at stumps", "the Boxing Day
  Test", "before tea", "since 1988"), and look-alikes ("252 for 4", "The Hundred", "T20");
* ``tests/data/news_probe_266.jsonl``: 108 cases of Formula 1, MotoGP and motor-racing weekends ("first practice",
  "lights out", "a 10-second", "24-race"), and look-alikes ("Turn 4", "Lap 57", "the W15");
* ``tests/data/news_probe_267.jsonl``: 108 cases of museums, exhibitions, galleries and art auctions ("runs
  through", "closed Mondays", "17th-century", "through Sept. 8"), and look-alikes ("Lot 42", "Gallery 3", "Room
  101");
* ``tests/data/news_probe_268.jsonl``: 108 cases of shipping, ports, freight and supply chains ("transit times",
  "week on week", "72 hours"), and look-alikes ("Berth 7", "IMO 9811000", "Panamax");
* ``tests/data/news_probe_269.jsonl``: 108 cases of chess, go, bridge and quiz tournaments ("rest day", "tiebreaks",
  "Round 9"), and look-alikes ("1.e4", "Rb7", "2700-rated", "Board 1");
* ``tests/data/news_probe_270.jsonl``: 108 cases of drug and device approvals and regulators ("PDUFA", "priority
  review", "filing review"), and look-alikes ("Phase 3", "BLA 761234", "21 CFR 314");
* ``tests/data/news_probe_271.jsonl``: 108 cases of skiing, snow and the winter-sports season ("lifts", "avalanche",
  "earliest start"), and look-alikes ("Lift 3", "Run 5", "K90", "Peak 2 Peak");
* ``tests/data/news_probe_272.jsonl``: 108 cases of national parks, hiking, camping and outdoor-access seasons
  ("permit lottery", "sunrise", "reopened Tuesday"), and look-alikes ("Camp 4", "Trail 22", "Half Dome");
* ``tests/data/news_probe_273.jsonl``: 108 cases of university admissions, exams and results days ("results day",
  "application deadline", "academic year"), and look-alikes ("Year 12", "Room 204", "COMP 1010");
* ``tests/data/news_probe_274.jsonl``: 108 cases of wine, harvests and vintages ("vintage", "harvest", "en
  primeur"), and look-alikes ("Château 1855", "Cuvée 1531", "Clone 777");
* ``tests/data/news_probe_275.jsonl``: 108 cases of cybersecurity incidents, outages and software patches ("Patch
  Tuesday", "disclosure deadline", "lasted nearly two days"), and look-alikes ("CVE-2024-3094", "port 8080", "Ubuntu
  18.04");
* ``tests/data/news_probe_276.jsonl``: 108 cases of climate reports and weather records ("since records began",
  "1991-2020", "warmest"), and look-alikes ("COP28", "Category 5", "SSP5-8.5");
* ``tests/data/news_probe_277.jsonl``: 108 cases of pop music: chart runs, tours and album releases ("tickets go on
  sale", "weeks at No. 1"), and look-alikes ("Route 91", "The 1975", "Blink-182");
* ``tests/data/news_probe_278.jsonl``: 108 cases of postponements, cancellations and rescheduled events ("originally
  set for", "moved up", "called off"), and look-alikes ("Gate 7", "Flight 2231", "Terminal 5");
* ``tests/data/news_probe_279.jsonl``: 108 cases of reported speech, indirect quotation and the sequence of tenses
  ("said he would", "the day before", "told reporters"), and look-alikes ("Article 5", "Section 230", "Chapter 11");
* ``tests/data/news_probe_280.jsonl``: 108 cases of frequencies, rates and recurring schedules ("twice a month",
  "every other week"), and look-alikes ("7-Eleven", "Route 66", "24/7");
* ``tests/data/news_probe_281.jsonl``: 108 cases of ages, tenures, terms of office and service milestones ("third
  term", "first 100 days"), and look-alikes ("1922 Committee", "Generation Z", "47th president");
* ``tests/data/news_probe_282.jsonl``: 108 cases of approximate, hedged and bounded times ("sometime after Easter",
  "in the coming days", "the foreseeable future"), and look-alikes ("Room 101", "split second", "11th hour");
* ``tests/data/news_probe_283.jsonl``: 108 cases of contracts, leases, warranties, licences and expiry dates ("a
  99-year lease", "expires at midnight", "within 30 days"), and look-alikes ("Clause 4.2", "Form W-9", "ISO 9001");
* ``tests/data/news_probe_284.jsonl``: 108 cases of negated, bounded and conditional times ("no later than", "Not
  since 1966", "at the earliest"), and look-alikes ("Catch-22", "Proposition 8", "Vision 2030");
* ``tests/data/news_probe_285.jsonl``: 108 cases of fractions, compound and approximate lengths ("an hour and a
  half", "two and a half years", "a week or two"), and look-alikes ("1½", "two-thirds", "7-Eleven");
* ``tests/data/news_probe_286.jsonl``: 108 cases of times of day and clock expressions in their written and spoken
  forms ("half past nine", "quarter to midnight", "0600 hours", "wee hours"), and look-alikes ("Studio 8H", "Cloud
  9", "24/7");
* ``tests/data/news_probe_287.jsonl``: 108 cases of stories told in sequence across sentences ("hours later", "the
  next morning", "within hours"), and look-alikes ("Minute Maid", "Week 5", "Day 1");
* ``tests/data/news_probe_288.jsonl``: 108 cases of sport seasons, fixtures and competition phases ("matchday",
  "transfer window", "2024-25 season"), and look-alikes ("49ers", "76ers", "4-3-3");
* ``tests/data/news_probe_289.jsonl``: 108 cases of compact and abbreviated forms in listings, headlines and posts
  ("tmrw", "2nite", "wk 42", "H1 2025"), and look-alikes ("9/11", "50/50", "4x4");
* ``tests/data/news_probe_290.jsonl``: 108 cases of times inside relative clauses, appositives and parentheses
  ("which takes effect", "who died", "(scheduled for"), and look-alikes ("Tuesday Weld", "Matchbox 20");
* ``tests/data/news_probe_291.jsonl``: 108 cases of headlines, decks, questions and quoted speech ("Storm to hit",
  "Live:", "last week's"), and look-alikes ("Fox 5", "Top 10");
* ``tests/data/news_probe_292.jsonl``: 108 cases of dates as modifiers and possessives inside noun phrases ("the
  Oct. 7 attacks", "next year's budget", "pre-2020", "post-Brexit"), and look-alikes ("Fiat 500", "Agenda 2030");
* ``tests/data/news_probe_293.jsonl``: 108 cases of ranges, spans and periods in every form ("March 3-5", "the run-
  up to Christmas", "until further notice"), and look-alikes ("ages 5-11", "rows 1-12");
* ``tests/data/news_probe_294.jsonl``: 108 cases of comparisons and changes over time in economic and social
  statistics ("year-on-year", "compared with the same period", "the highest since"), and look-alikes ("3-month",
  "S&P 500");
* ``tests/data/news_probe_295.jsonl``: 108 cases of weekdays tied to dates, holidays and other weekdays ("the Monday
  after next", "two Saturdays ago", "a week from Monday", "every other Thursday"), and look-alikes ("Casual Friday",
  "Taco Tuesday", "Man Friday");
* ``tests/data/news_probe_296.jsonl``: 108 cases of passive, verbless and nominalised constructions ("is due",
  "slated for", "lock-up"), and look-alikes ("Thursday Group", "Deadline Day");
* ``tests/data/news_probe_297.jsonl``: 108 cases of financial calendars and corporate schedules ("payable", "ex-
  dividend", "in the six months to"), and look-alikes ("Series 2025-A", "Form 8-K", "Class B");
* ``tests/data/news_probe_298.jsonl``: 108 cases of transport and travel disruption notices ("the last train",
  "every 15 minutes", "until further notice"), and look-alikes ("Platform 9", "Flight 370", "Gate 24");
* ``tests/data/news_probe_299.jsonl``: 108 cases of numbers and dates written in words and in old-fashioned styles
  ("seventeen seventy-six", "twenty-odd", "half a century", "fourscore"), and look-alikes ("Catch-22", "Ocean's
  Eleven", "the Big Four");
* ``tests/data/news_probe_300.jsonl``: 108 cases of times across time zones and date lines ("Tokyo time", "1400
  GMT", "midnight Brussels time", "AEDT"), and look-alikes ("Mountain Dew", "Pacific Gas", "UTC Group");
* ``tests/data/news_probe_301.jsonl``: 108 cases of vague, approximate and quantified references to time ("the
  foreseeable future", "in recent days", "these days", "lately"), and look-alikes ("Days of Our Lives", "Now TV",
  "Timex");
* ``tests/data/news_probe_302.jsonl``: 108 cases of times in every tense and aspect, where the verb form decides the
  value ("has been closed since", "had been scheduled", "will have", "is meeting"), and look-alikes ("Will Friday",
  "Perfect Day", "Future Islands");
* ``tests/data/news_probe_303.jsonl``: 108 cases of times in conditional, hypothetical, modal and negated clauses
  ("as early as", "would have turned", "unless", "did not meet"), and look-alikes ("Might & Magic", "Miss
  Saturday");
* ``tests/data/news_probe_304.jsonl``: 108 cases of lists, coordination and alternatives of times ("Tuesday or
  Wednesday", "this week or next", "June and July", "and '90s"), and look-alikes ("Monday to Friday Ltd", "pages 3,
  5 and 9");
* ``tests/data/news_probe_305.jsonl``: 108 cases of first-person writing: letters, opinion columns, memoirs and
  personal essays ("The other day", "back in the day", "When I was 12", "As I write this on Sunday"), and look-
  alikes ("Dear Abby", "The Day After Tomorrow");
* ``tests/data/news_probe_306.jsonl``: 108 cases of prepositions and bounds of time in every shape ("as of",
  "pending", "in the run-up to", "prior to"), and look-alikes ("Until Dawn", "Before Sunrise", "After Hours");
* ``tests/data/news_probe_307.jsonl``: 108 cases of anaphoric and deictic references that take their value from
  another time in the text ("the week prior", "the year before last", "by then", "that same"), and look-alikes
  ("That '70s Show", "Then Again");
* ``tests/data/news_probe_308.jsonl``: 108 cases of lengths of time in every form ("the better part of", "a good
  three hours", "a fortnight", "a year and a half"), and look-alikes ("Hour of Code", "Seven Days");
* ``tests/data/news_probe_309.jsonl``: 108 cases of recurrences and frequencies in every form ("every other
  Tuesday", "twice weekly", "alternate days", "year-round"), and look-alikes ("Weekly Standard", "Daily Mail");
* ``tests/data/news_probe_310.jsonl``: 108 cases of dates in legal, parliamentary, regulatory and official language
  ("on or before", "with effect from", "not later than", "as at 31 March"), and look-alikes ("Section 28", "Rule
  144A", "Article 50");
* ``tests/data/news_probe_311.jsonl``: 108 cases of times in science, health and medical news ("within 72 hours of
  symptom onset", "twice daily", "a median follow-up", "the first trimester"), and look-alikes ("H5N1", "BRCA1");
* ``tests/data/news_probe_312.jsonl``: 108 cases of history and eras in feature writing ("The Victorian era",
  "Middle Ages", "AD 79", "interwar years"), and look-alikes ("Century 21", "Louis XIV", "1812 Overture");
* ``tests/data/news_probe_313.jsonl``: 108 cases of dates in every national format and written style ("Sat 8/3",
  "4-Mar-25", "2025.03.14", "04.03.2025"), and look-alikes ("24/7", "20/20 vision", "ISO 8601");
* ``tests/data/news_probe_314.jsonl``: 108 cases of corrections, updates, editor's notes and story timestamps
  ("Updated", "originally published", "Last modified"), and look-alikes ("Version 2.1", "Update 14", "Correction No.
  7");
* ``tests/data/news_probe_315.jsonl``: 108 cases of weather forecasts written day by day and hour by hour
  ("overnight", "through the weekend", "by midweek", "early next week"), and look-alikes ("Category 4", "Route 1");
* ``tests/data/news_probe_316.jsonl``: 108 cases of markets and business wraps with trading sessions ("in early
  trading", "Friday's close", "year-to-date", "the previous session"), and look-alikes ("Nikkei 225", "FTSE 100");
* ``tests/data/news_probe_317.jsonl``: 108 cases of crime and court reporting told in sequence ("was arrested", "is
  due in court", "remanded", "on or about"), and look-alikes ("Courtroom 4", "Case No. 2023-CR-1187", "Friday
  Street");
* ``tests/data/news_probe_318.jsonl``: 108 cases of elections and campaigns in many countries ("polling day", "the
  first round", "runoff", "election night"), and look-alikes ("Proposition 50", "Ward 7", "the 1922 Committee");
* ``tests/data/news_probe_319.jsonl``: 108 cases of obituaries and life stories ("was born on", "married in",
  "survived by"), and look-alikes ("Catch-22", "Route 66", "Apollo 13");
* ``tests/data/news_probe_320.jsonl``: 108 cases of war and conflict chronologies ("since the invasion began", "a
  seven-day ceasefire", "in the early hours of Sunday"), and look-alikes ("S-400", "Resolution 2231", "HIMARS");
* ``tests/data/news_probe_321.jsonl``: 108 cases of taxes, benefits and government deadlines ("the 31 January
  deadline", "retroactive to Jan. 1", "paid every calendar month"), and look-alikes ("Form 1040", "401(k)",
  "Universal Credit");
* ``tests/data/news_probe_322.jsonl``: 108 cases of travel writing and itineraries ("the first night", "the
  following morning", "best visited between May and September"), and look-alikes ("Highway 1", "Terminal 5", "Seat
  14A");
* ``tests/data/news_probe_323.jsonl``: 108 cases of astronomy and sky-watching ("hours before dawn", "once every 76
  years", "the spring equinox"), and look-alikes ("NGC 1300", "Messier 31", "3I/ATLAS");
* ``tests/data/news_probe_324.jsonl``: 108 cases of football and sports transfers, contracts and injuries ("the
  January window", "on loan until the end of the season", "out for around six weeks"), and look-alikes ("the No. 10
  shirt", "a 4-3-3", "Ligue 1");
* ``tests/data/news_probe_325.jsonl``: 108 cases of live blogs and rolling coverage ("Key events", "Earlier today",
  "minutes ago"), and look-alikes ("24/7", "Channel 4", "Page 3");
* ``tests/data/news_probe_326.jsonl``: 108 cases of theatre, film festivals and awards seasons ("opening night",
  "Previews begin", "awards season"), and look-alikes ("1917", "Apollo 13", "Se7en");
* ``tests/data/news_probe_327.jsonl``: 108 cases of consumer deals, product recalls and customer deadlines ("Black
  Friday", "Cyber Monday", "open enrollment"), and look-alikes ("iPhone 17", "PS5", "24/7");
* ``tests/data/news_probe_328.jsonl``: 108 cases of agriculture and food seasons ("harvest", "growing season",
  "marketing year"), and look-alikes ("Ford F-150", "Grade A", "4-H");
* ``tests/data/news_probe_329.jsonl``: 108 cases of health care, hospitals and waiting times ("within 18 weeks",
  "average wait", "since the pandemic began"), and look-alikes ("Ward 7", "Stage 4", "NHS 111");
* ``tests/data/news_probe_330.jsonl``: 108 cases of religious observances and calendars other than the Gregorian
  ("Rosh Hashanah", "Orthodox Easter", "680 AD"), and look-alikes ("Psalm 23", "John 3:16", "Vatican II");
* ``tests/data/news_probe_331.jsonl``: 108 cases of nature and wildlife through the seasons ("nesting season",
  "every 17 years", "at dusk"), and look-alikes ("Area 51", "the Big Five", "Route 9");
* ``tests/data/news_probe_332.jsonl``: 108 cases of technology product roadmaps and software support lifecycles
  ("Patch Tuesday", "end of support", "long-term support"), and look-alikes ("Windows 11", "Python 3.12", "Y2K");
* ``tests/data/news_probe_333.jsonl``: 108 cases of energy and climate targets and records ("net zero by 2050",
  "compared with 1990 levels", "the hottest year on record"), and look-alikes ("COP28", "Scope 3", "Hinkley Point
  C");
* ``tests/data/news_probe_334.jsonl``: 108 cases of music tours, concerts and festivals ("on sale Friday",
  "Glastonbury"), and look-alikes ("The 1975", "Blink-182", "Summer of '69");
* ``tests/data/news_probe_335.jsonl``: 108 cases of supply chains, shipping and logistics ("lead times", "Lunar New
  Year", "peak season"), and look-alikes ("TEU", "Pier 400", "Form 7501");
* ``tests/data/news_probe_336.jsonl``: 108 cases of property, housing and construction projects ("broke ground",
  "the spring selling season", "99-year lease"), and look-alikes ("Unit 12", "Section 21", "Building 7");
* ``tests/data/news_probe_337.jsonl``: 108 cases of tournaments told day by day in golf, cricket, tennis and cycling
  ("first round", "day four", "at stumps"), and look-alikes ("7-6", "Team Sky", "The Hundred");
* ``tests/data/news_probe_338.jsonl``: 108 cases of human-interest features with ages, birthdays and anniversaries
  ("turned 100", "anniversary", "birthday"), and look-alikes ("Studio 54", "Room 1954", "1967 Mustang");
* ``tests/data/news_probe_339.jsonl``: 108 cases of public transport and commuting disruption ("the morning peak",
  "replacement buses", "every 12 minutes"), and look-alikes ("Platform 9", "Terminal 5", "the M4");
* ``tests/data/news_probe_340.jsonl``: 108 cases of education calendars, exams and admissions ("half-term", "results
  day", "the autumn term"), and look-alikes ("Class 10", "Key Stage 2", "Title I");
* ``tests/data/news_probe_341.jsonl``: 108 cases of economic data calendars and statistical releases ("the three
  months to", "month-on-month", "the week ended"), and look-alikes ("the S&P 500", "CPI-U", "Article 50");
* ``tests/data/news_probe_342.jsonl``: 108 cases of space missions, launches and launch windows ("liftoff", "launch
  window", "T-minus"), and look-alikes ("Apollo 11", "Falcon 9", "STS-135");
* ``tests/data/news_probe_343.jsonl``: 108 cases of severe weather and emergency warnings issued hour by hour
  ("landfall", "the next 48 hours", "red warning"), and look-alikes ("Category 4", "Storm Ciarán", "Highway 1");
* ``tests/data/news_probe_344.jsonl``: 108 cases of courts and trials with their schedules ("adjourned until",
  "sentencing", "Docket"), and look-alikes ("Section 230", "Courtroom 4B", "Count 3");
* ``tests/data/news_probe_345.jsonl``: 108 cases of corporate earnings calls and guidance with fiscal years not
  aligned to the calendar ("the trailing twelve months", "year-ago", "the back half"), and look-alikes ("Form 10-K",
  "Series B", "Tier 1");
* ``tests/data/news_probe_346.jsonl``: 108 cases of legislatures and their calendars ("the August recess",
  "lame-duck", "second reading"), and look-alikes ("Bill C-18", "the 22nd Amendment", "Article 370");
* ``tests/data/news_probe_347.jsonl``: 108 cases of health, fitness and daily routines ("every other day", "twice a
  day", "the first trimester"), and look-alikes ("Type 2", "vitamin B12", "Zone 2");
* ``tests/data/news_probe_348.jsonl``: 108 cases of video games, streaming and TV release schedules ("early access",
  "premieres", "at midnight PT"), and look-alikes ("Cyberpunk 2077", "Fallout 76", "Blade Runner 2049");
* ``tests/data/news_probe_349.jsonl``: 108 cases of history features and on-this-day columns ("years ago today",
  "the early 1800s", "By the mid-1970s"), and look-alikes ("Catch-22", "1812 Overture", "Area 51");
* ``tests/data/news_probe_350.jsonl``: 108 cases of local government, planning and public consultations ("planning
  permission", "objections", "bin collections"), and look-alikes ("Section 106", "Policy H2", "Ward 7");
* ``tests/data/news_probe_351.jsonl``: 108 cases of defence, procurement and infrastructure megaprojects with long
  timelines ("in service by", "the mid-2030s", "delayed by"), and look-alikes ("F-35A", "Type 26", "Crossrail 2");
* ``tests/data/news_probe_352.jsonl``: 108 cases of personal columns and family life full of vague and habitual time
  ("every summer", "back then", "these days"), and look-alikes ("Gen Z", "7-Eleven", "Toy Story 4");
* ``tests/data/news_probe_353.jsonl``: 108 cases of art exhibitions, museum openings and auction calendars ("on view
  through", "opens Saturday", "the last viewing day"), and look-alikes ("Lot 42", "Gallery 3", "Composition VIII");
* ``tests/data/news_probe_354.jsonl``: 108 cases of sports records and careers across seasons ("for the first time
  since", "a 15-year career", "over the past three seasons"), and look-alikes ("Formula 1", "4-3-3", "Super Bowl
  LVIII");
* ``tests/data/news_probe_355.jsonl``: 108 cases of funeral, wedding and community notices and event listings
  ("visitation", "married 62 years", "died peacefully"), and look-alikes ("Psalm 23", "Hymn 542", "Lodge No. 5");
* ``tests/data/news_probe_356.jsonl``: 108 cases of humanitarian crises, refugees and aid appeals told over weeks and
  seasons ("the lean season", "since the earthquake struck", "the appeal closes"), and look-alikes ("Resolution 2417",
  "Camp 4", "Sector 7");
* ``tests/data/news_probe_357.jsonl``: 108 cases of mortgages, interest rates, rents and household budgets ("a five-year
  fix", "when the deal expires next spring", "month-on-month"), and look-alikes ("5/1 ARM", "Form 1098", "Section 24");
* ``tests/data/news_probe_358.jsonl``: 108 cases of volcanoes, earthquakes and geology from news flashes to deep time
  ("dormant for 800 years", "the 1815 eruption", "10,000 years ago"), and look-alikes ("magnitude 7.8", "Level 4 alert",
  "a 6.1 quake");
* ``tests/data/news_probe_359.jsonl``: 108 cases of startups, venture funding and company histories ("founded in 2014",
  "a Series B in March", "a runway of 18 months"), and look-alikes ("Series A", "Y Combinator W21", "Web 2.0");
* ``tests/data/news_probe_360.jsonl``: 108 cases of police appeals, missing-person cases and investigations ("was last
  seen", "in the early hours of Sunday", "between 10pm and 2am"), and look-alikes ("Unit 5", "the A38", "Operation
  Trident");
* ``tests/data/news_probe_361.jsonl``: 108 cases of diplomatic treaties, summits and sanctions ("entered into force",
  "the 90-day deadline", "the 2015 nuclear deal"), and look-alikes ("Article 5", "Resolution 2231", "P5+1");
* ``tests/data/news_probe_362.jsonl``: 108 cases of wildfires, heatwaves and drought through the seasons ("fire season",
  "a red flag warning through Thursday evening", "the driest since records began in 1895"), and look-alikes ("the Camp
  Fire", "Zone 3", "Highway 101");
* ``tests/data/news_probe_363.jsonl``: 108 cases of bankruptcy, restructuring and court deadlines ("the bar date",
  "emerged from bankruptcy in", "within 60 days"), and look-alikes ("Chapter 7", "Section 363", "Rule 9019");
* ``tests/data/news_probe_364.jsonl``: 108 cases of royal, state and ceremonial occasions ("the Platinum Jubilee", "the
  King's Birthday Honours", "on the eve of"), and look-alikes ("Henry VIII", "George V", "the 1st Battalion");
* ``tests/data/news_probe_365.jsonl``: 108 cases of wages, strikes and union ballots ("the ballot closes", "a 48-hour
  walkout", "backdated to April"), and look-alikes ("Local 1199", "Section 10(j)", "Band 5");
* ``tests/data/news_probe_366.jsonl``: 108 cases of immigration, visas and asylum rules with processing times ("within
  90 days of arrival", "the H-1B lottery in March", "the 180-day rule"), and look-alikes ("H-1B", "Form I-130", "Title
  42");
* ``tests/data/news_probe_367.jsonl``: 108 cases of horse racing, motorsport and combat sports calendars ("race day",
  "the 3.15 at Newbury", "lights out at 3pm"), and look-alikes ("Formula 1", "UFC 300", "the 2,000 Guineas");
* ``tests/data/news_probe_368.jsonl``: 108 cases of lotteries, prize draws and betting rules ("the draw is tonight at
  8pm", "a rollover", "within 180 days of the draw"), and look-alikes ("Pick 3", "odds of 1 in 292 million",
  "Powerball");
* ``tests/data/news_probe_369.jsonl``: 108 cases of archaeology, museums and discoveries dated across history ("around
  3000 BC", "the Bronze Age", "carbon-dated to"), and look-alikes ("Tomb KV62", "Room 40", "Codex 1700");
* ``tests/data/news_probe_370.jsonl``: 108 cases of pensions, retirement and benefit ages and upratings ("the state
  pension age rises to 67 from 2028", "April's uprating", "paid every four weeks"), and look-alikes ("401(k)", "Section
  457", "Form 1099-R");
* ``tests/data/news_probe_371.jsonl``: 108 cases of cyber attacks, IT outages and software incidents told hour by hour
  ("the outage began at 04:09 UTC", "patched within 48 hours"), and look-alikes ("CVE-2024-3094", "Windows 11 24H2",
  "error 503");
* ``tests/data/news_probe_372.jsonl``: 108 cases of restaurants, pubs and licensing ("last orders at 11pm", "open seven
  days a week", "happy hour from 5 to 7"), and look-alikes ("Table 12", "Bistro 1904", "the 2019 Barolo");
* ``tests/data/news_probe_373.jsonl``: 108 cases of shipping, maritime accidents, sea rescues and ports ("sank at about
  02:30 local time", "a 72-hour search", "berthed overnight"), and look-alikes ("MV Ever Given", "Berth 7", "a force 9
  gale");
* ``tests/data/news_probe_374.jsonl``: 108 cases of mountaineering, expeditions and polar exploration ("the summit
  push", "a weather window", "on day 12 of the expedition", "the pre-monsoon season"), and look-alikes ("K2", "Camp
  III", "the 8,000-metre peaks", "Hillary Step");
* ``tests/data/news_probe_375.jsonl``: 108 cases of marathons, triathlons, ultras and endurance races ("finished in
  2:03:23", "the cut-off is 17 hours", "race morning", "the 2027 edition"), and look-alikes (bib numbers, "Ironman
  70.3", "a 5K", "Parkrun 400");
* ``tests/data/news_probe_376.jsonl``: 108 cases of prisons, parole, sentencing terms and releases ("eligible for parole
  after 15 years", "released on licence", "served half his sentence", "a whole-life order"), and look-alikes ("HMP
  Belmarsh", "Cell 14", "Category A", "Section 18");
* ``tests/data/news_probe_377.jsonl``: 108 cases of public inquiries, official reviews and reports ("the inquiry heard
  on day 37", "evidence sessions resume in the autumn", "the report is due by the end of the year", "the period under
  review"), and look-alikes ("Module 2", "Exhibit 44", "Rule 9 request");
* ``tests/data/news_probe_378.jsonl``: 108 cases of gardening, allotments and countryside columns ("sow after the last
  frost", "by midsummer", "every fortnight through the growing season", "lift the bulbs in late autumn"), and
  look-alikes ("Chelsea Flower Show 2025 medal", "Plot 17", "rose 'Gertrude Jekyll'", "F1 hybrids");
* ``tests/data/news_probe_379.jsonl``: 108 cases of social media, viral trends and online culture ("went viral
  overnight", "within 24 hours", "the trend of summer 2023", "a post from 2014 resurfaced"), and look-alikes ("Web3",
  "4chan", "Gen Z", "the 75 Hard challenge");
* ``tests/data/news_probe_380.jsonl``: 108 cases of fishing, hunting and angling seasons, licences and limits ("the
  close season", "opening day of the trout season", "a bag limit of two per day", "from one hour before sunrise"), and
  look-alikes ("Zone 5", "a .308 rifle", "Lure No. 7", "Loch 3");
* ``tests/data/news_probe_381.jsonl``: 108 cases of parenting, childcare and the school run ("drop-off at 8.45",
  "term-time only", "the summer holidays", "30 free hours a week"), and look-alikes ("Year 6", "Peppa Pig series 9",
  "Room 2", "the 11-plus");
* ``tests/data/news_probe_382.jsonl``: 108 cases of chess, quizzes, puzzles and board-game tournaments ("round 9 on
  Thursday", "90 minutes plus 30 seconds per move", "the rest day", "the 1972 match"), and look-alikes ("1.e4", "Wordle
  1,024", "Elo 2800", "Game 6");
* ``tests/data/news_probe_383.jsonl``: 108 cases of banking, payments and fraud alerts ("payments clear within three
  working days", "the 5.30pm cut-off", "on the next business day", "the 2019 rule change"), and look-alikes ("Form
  8300", "PIN 1234", "3D Secure 2.0", "Visa 4242");
* ``tests/data/news_probe_384.jsonl``: 108 cases of employment law, notice periods and working-time rules ("within 28
  days", "five working days", "a notice period of three months", "after two years' service"), and look-alikes ("Form
  P45", "Clause 7.2", "Section 98", "the 48-hour week opt-out");
* ``tests/data/news_probe_385.jsonl``: 108 cases of animals, zoos, pets and wildlife rescue ("born on 3 March", "the
  breeding season", "hibernates from November", "a 10-year-old Labrador"), and look-alikes ("K9 unit", "101 Dalmatians",
  "Paw Patrol", "Enclosure 12");
* ``tests/data/news_probe_386.jsonl``: 108 cases of annual general meetings, shareholder votes and corporate governance
  ("the AGM on 14 May", "proxies must be lodged 48 hours before the meeting", "the record date", "a three-year term"),
  and look-alikes ("Resolution 12", "Rule 10b5-1", "Form DEF 14A", "Item 5.07");
* ``tests/data/news_probe_387.jsonl``: 108 cases of film and television production schedules ("filming began in March",
  "wrapped after 62 days", "post-production through the summer", "the release was pushed to 2027"), and look-alikes
  ("Stage 7", "Episode 104", "Take 3", "Studio 54");
* ``tests/data/news_probe_388.jsonl``: 108 cases of sports doping bans, suspensions and eligibility ("a four-year ban
  backdated to 12 May", "eligible to return in 2027", "tested positive in an out-of-competition test last July"), and
  look-alikes ("Article 2.1", "WADA Code 2021", "Sample A", "Rule 40");
* ``tests/data/news_probe_389.jsonl``: 108 cases of daylight saving, time zones and calendar changes ("the clocks go
  forward at 1am on Sunday", "BST ends", "an extra hour in bed", "the leap second", "midnight UTC"), and look-alikes
  ("GMT+2", "Zone 4", "the 24-hour clock app", "Summer Time Saga");
* ``tests/data/news_probe_390.jsonl``: 108 cases of day-in-the-life and hour-by-hour profiles of workers (a nurse's
  night shift, a baker's day, a lifeboat crew's week: "the alarm goes at 3.45", "by 7am", "after the lunchtime rush",
  "back on shift on Thursday"), and look-alikes ("Ward 7", "Oven 2", "Station 14", "the 999 call");
* ``tests/data/news_probe_391.jsonl``: 108 cases of youth sport and grassroots clubs (training on Tuesdays and
  Thursdays, "the season starts in September", "registration closes on Friday", "the under-11s kick off at 9.30"), and
  look-alikes ("Under-11s", "Division 2", "Pitch 4", "the 4-3-3 formation");
* ``tests/data/news_probe_392.jsonl``: 108 cases of tides, sailing, regattas and harbour notices ("high water at 06:42",
  "spring tides this weekend", "the race starts on the ebb", "the harbour is closed until further notice"), and
  look-alikes ("Berth 12", "Force 6", "Pontoon D", "the 470 class");
* ``tests/data/news_probe_393.jsonl``: 108 cases of postal services, last posting dates and parcel deliveries ("last
  posting date for Christmas is 18 December", "delivered within two working days", "no collections on Boxing Day",
  "next-day delivery"), and look-alikes ("1st Class", "Form CN22", "Royal Mail Tracked 24", "PO Box 1200");
* ``tests/data/news_probe_394.jsonl``: 108 cases of council bin collections, recycling and local services over holidays
  ("bins will be collected a day late", "every other Thursday", "the week commencing 29 December", "garden waste resumes
  in March"), and look-alikes ("Ward 4", "Route 12 collection", "the 240-litre bin", "Unit 7 depot");
* ``tests/data/news_probe_395.jsonl``: 108 cases of children's vaccination schedules and immunisation campaigns ("at 8,
  12 and 16 weeks", "the 12-month jab", "a booster at three years and four months", "the autumn flu season"), and
  look-alikes ("MMR", "the 6-in-1 vaccine", "HPV", "Covid-19");
* ``tests/data/news_probe_396.jsonl``: 108 cases of cycling Grand Tours and stage races told stage by stage ("stage 14
  on Saturday", "the second rest day", "a 42-second lead", "the final time trial on Sunday"), and look-alikes ("Tour de
  France 2025", "the 21st stage", "Col du Tourmalet", "Team Sky");
* ``tests/data/news_probe_397.jsonl``: 108 cases of overnight summits, negotiation marathons and filibusters ("talks ran
  into the early hours of Sunday", "after a 25-hour speech", "the vote came at 2:14 a.m.", "a deadline of midnight
  Friday"), and look-alikes ("COP29", "Article 50", "Rule 22", "the G20");
* ``tests/data/news_probe_398.jsonl``: 108 cases of insurance policies, claims and cooling-off periods ("cover starts at
  00:01 on the day after you pay", "a 14-day cooling-off period", "claims must be made within 180 days", "renews every
  12 months"), and look-alikes ("Policy No. 2024-7731", "Schedule 3", "the 2019 Act", "Flood Re");
* ``tests/data/news_probe_399.jsonl``: 108 cases of public libraries, loans, due dates and opening hours ("due back on
  14 March", "a three-week loan", "open late on Thursdays until 8pm", "closed for refurbishment until the spring"), and
  look-alikes ("Room 101", "the 1984 first edition", "Dewey 973", "Level 2");
* ``tests/data/news_probe_400.jsonl``: 108 cases of soap operas, TV episode guides and what happens next ("in Monday's
  episode", "next week on EastEnders", "the Christmas Day special", "10 years after the affair"), and look-alikes
  ("Series 4", "Episode 1,972", "24", "Doctor Who 2005");
* ``tests/data/news_probe_401.jsonl``: 108 cases of driving licences, vehicle tax, MOTs, registrations and renewals
  ("the MOT is due by 31 October", "renew every 10 years", "the 25 plate from 1 March", "within 28 days of the sale"),
  and look-alikes ("V5C", "Form D1", "a 2012 Ford Focus", "Class 4 test");
* ``tests/data/news_probe_402.jsonl``: 108 cases of price rises, tolls, fares and charges taking effect ("fares rise
  from 2 January", "the toll goes up at midnight", "the third increase in 18 months", "frozen until 2027"), and
  look-alikes ("the M6 Toll", "Zone 1-6", "the £1.75 fare", "Route 66");
* ``tests/data/news_probe_403.jsonl``: 108 cases of pollen counts, hay fever and allergy seasons ("the grass pollen
  season peaks in June", "high counts from mid-morning", "the worst week of the year", "earlier each spring"), and
  look-alikes ("Vitamin D3", "PM10", "the 2-in-1 spray", "Level 4");
* ``tests/data/news_probe_404.jsonl``: 108 cases of Eurovision, song contests and televised talent-show finals ("the
  grand final on Saturday 17 May", "voting opens at 9pm", "the first semi-final on Tuesday", "the 1974 winner"), and
  look-alikes ("ABBA's Waterloo", "Song 12", "Semi-final 2", "douze points");
* ``tests/data/news_probe_405.jsonl``: 108 cases of emergency services, 999 and 911 calls and response times ("within
  eight minutes", "the call came in at 02:14", "an average of 9 minutes 30 seconds", "the busiest night of the year"),
  and look-alikes ("Station 14", "Engine 7", "Category 1 calls", "the A12");
* ``tests/data/news_probe_406.jsonl``: 108 cases of music reissues, anniversary editions and albums revisited ("the
  30th-anniversary edition out on 14 November", "recorded over 10 days in 1971", "first released in the spring of 1994",
  "remastered last year"), and look-alikes ("the album 1989", "Side 2", "Track 11", "the 1975");
* ``tests/data/news_probe_407.jsonl``: 108 cases of research grants, fellowships and funding deadlines ("applications
  close at 4pm on 12 March", "a five-year award", "the next call opens in the autumn", "funded until 2029"), and
  look-alikes ("Horizon 2020", "Grant EP/X012345/1", "Vision 2030", "Tier 2");
* ``tests/data/news_probe_408.jsonl``: 108 cases of rail timetable changes and engineering works ("the December
  timetable change", "no trains between 23:30 on Friday and 05:00 on Monday", "every 15 minutes off-peak", "for nine
  days from 27 December"), and look-alikes ("the 07:12 to Victoria", "Platform 9", "Class 800 trains", "HS2");
* ``tests/data/news_probe_409.jsonl``: 108 cases of Nobel prizes and annual award announcements ("the prize will be
  announced on Monday at 11.45 CET", "the 2025 laureates", "the ceremony on 10 December", "for work done in the 1970s"),
  and look-alikes ("Prize No. 1", "the Booker 50", "Category 3", "Room 1901");
* ``tests/data/news_probe_410.jsonl``: 108 cases of hospital visiting hours, outpatient clinics and appointment rules
  ("visiting is from 2pm to 8pm daily", "the clinic runs on the first Tuesday of the month", "a 12-week wait",
  "restrictions lifted from Monday"), and look-alikes ("Ward 24", "Bay 3", "Level 2", "the 111 service");
* ``tests/data/news_probe_411.jsonl``: 108 cases of blood, plasma and organ donation ("donors must wait 12 weeks between
  donations", "sessions every other Tuesday", "stocks are down to two days", "the appeal runs until 31 January"), and
  look-alikes ("O-negative", "Type 2", "Session 14", "the Human Tissue Act 2004");
* ``tests/data/news_probe_412.jsonl``: 108 cases of bridge, tunnel and road closures for maintenance ("closed overnight
  from 10pm to 6am", "for 12 weekends", "reopens at 5am on Monday", "the works run until spring 2027"), and look-alikes
  ("the A1(M)", "Junction 10", "Bridge No. 2", "Route 9A");
* ``tests/data/news_probe_413.jsonl``: 108 cases of church services, mass times and parish notices ("Mass at 10.30am on
  Sundays", "the vigil on Saturday at 6pm", "Ash Wednesday", "the harvest festival next month"), and look-alikes ("Psalm
  23", "St John 3:16", "Hymn 247", "Pew 12");
* ``tests/data/news_probe_414.jsonl``: 108 cases of gyms, swimming pools and leisure-centre timetables ("lane swimming
  6.30am to 9am weekdays", "closed for refurbishment until the new year", "a 30-day free trial", "classes every Monday
  evening"), and look-alikes ("Pool 2", "Studio 1", "Spin 45", "Zone 3");
* ``tests/data/news_probe_415.jsonl``: 108 cases of bus route changes, night buses and timetable notices ("from Sunday 7
  September the 38 will run every 12 minutes", "the last bus leaves at 23:40", "night buses on Fridays and Saturdays",
  "for six weeks"), and look-alikes ("the 38", "Route 12", "the N29", "Stop K");
* ``tests/data/news_probe_416.jsonl``: 108 cases of satellites, space debris and orbital re-entries ("expected to
  re-enter between 14:00 and 20:00 UTC on Tuesday", "launched in 1998", "a 90-minute orbit", "the window opens at 02:14
  GMT"), and look-alikes ("Starlink 1130", "Falcon 9", "Sentinel-2B", "ISS Expedition 73");
* ``tests/data/news_probe_417.jsonl``: 108 cases of patents, copyright terms and works entering the public domain
  ("enters the public domain on 1 January", "a 20-year term", "the patent expired in 2019", "life plus 70 years"), and
  look-alikes ("US Patent 6,123,456", "Section 107", "Article 17", "the 1710 Statute of Anne");
* ``tests/data/news_probe_418.jsonl``: 108 cases of inquests, employment tribunals and public inquiries ("the inquest
  was adjourned until 14 March", "she died on 3 June 2024", "a five-day hearing", "the inquiry resumes after the summer
  recess"), and look-alikes ("Case No. 2401234/2025", "Rule 43", "Court 4", "Module 2B");
* ``tests/data/news_probe_419.jsonl``: 108 cases of minimum wage, pay awards and salary backdating ("rises to £12.71 an
  hour from April", "backdated to 1 April", "the 2026-27 pay round", "a two-year deal"), and look-alikes ("£12.21",
  "Band 5", "Grade 7", "a 4.1% rise");
* ``tests/data/news_probe_420.jsonl``: 108 cases of papal and Vatican events, conclaves and Holy Week ("the conclave
  begins on May 7", "the Pope's 88th birthday", "Easter Monday", "nine days of mourning"), and look-alikes ("Pius XII",
  "Vatican II", "Leo XIV", "Canon 332");
* ``tests/data/news_probe_421.jsonl``: 108 cases of airports, ferries and border queues over holiday getaways ("the
  busiest day is Saturday 26 July", "waits of up to two hours", "the 05:30 sailing", "from Friday evening"), and
  look-alikes ("Terminal 5", "Gate 22", "Berth 7", "Flight BA 283");
* ``tests/data/news_probe_422.jsonl``: 108 cases of sunrise and sunset, solstices, equinoxes and moon phases ("the
  shortest day, Sunday 21 December", "sunset at 3.51pm", "the full moon on the night of 5 November", "the days lengthen
  by about two minutes a day"), and look-alikes ("Apollo 8", "magnitude 4.5", "Artemis II", "the 21-gun salute");
* ``tests/data/news_probe_423.jsonl``: 108 cases of Remembrance, war anniversaries and commemorations ("the two-minute
  silence at 11am on 11 November", "Armistice Day", "80 years since VE Day", "the Sunday nearest to 11 November"), and
  look-alikes ("the 1st Battalion", "HMS Belfast", "Spitfire Mk IX", "Plot 14");
* ``tests/data/news_probe_424.jsonl``: 108 cases of electricity and gas prices, price caps and power cuts ("the cap
  changes on 1 October", "power was restored by 9pm", "peak hours between 4pm and 7pm", "a three-month cap"), and
  look-alikes ("Unit 3", "400kV", "an E7 tariff", "£1,755");
* ``tests/data/news_probe_425.jsonl``: 108 cases of product recalls and food safety notices ("sold between March 2024
  and June 2025", "use-by dates of 14 and 15 November", "best before end 06/2026", "recalled on Friday"), and
  look-alikes ("batch code 2405", "lot L2316", "Model 1970X", "E number 211");
* ``tests/data/news_probe_426.jsonl``: 108 cases of video game releases, patches and seasons ("Season 4 starts Tuesday",
  "the 1.5 update on 12 March", "servers go down at 10am BST", "a 48-hour double XP weekend"), and look-alikes ("Patch
  1.5", "GTA VI", "FIFA 26", "Cyberpunk 2077");
* ``tests/data/news_probe_427.jsonl``: 108 cases of ski seasons, snow reports and mountain resorts ("the lifts open on
  29 November", "the season runs until mid-April", "40cm of fresh snow overnight", "the best snow in a decade"), and
  look-alikes ("Run 12", "Lift 7", "the 3200m summit", "Piste 4A");
* ``tests/data/news_probe_428.jsonl``: 108 cases of stock exchange trading hours, market holidays and settlement dates
  ("markets close early at 1pm on Friday", "closed for Good Friday", "T+1 settlement from May 28", "the after-hours
  session"), and look-alikes ("the S&P 500", "Dow 40,000", "FTSE 100", "the 10-year yield");
* ``tests/data/news_probe_429.jsonl``: 108 cases of wedding, engagement and anniversary announcements ("will marry in
  June 2026", "celebrated their 60th anniversary on Saturday", "married on 4 August 1965", "a three-year engagement"),
  and look-alikes ("Table 9", "Suite 1200", "size 12", "Pew 4");
* ``tests/data/news_probe_430.jsonl``: 108 cases of medication dosing, prescriptions and pharmacy opening hours ("take
  one tablet twice daily for seven days", "every four to six hours", "the pharmacy is open until 10pm on weekdays", "the
  new rules apply from 1 April"), and look-alikes ("Ibuprofen 400", "Vitamin D3", "Form FP10", "the 111 line");
* ``tests/data/news_probe_431.jsonl``: 108 cases of pregnancy, due dates and parental leave ("the baby is due on 14
  March", "at 20 weeks", "the second trimester", "52 weeks of leave from the birth"), and look-alikes ("Ward 7B", "a 7lb
  3oz girl", "Room 12", "size 0-3 months");
* ``tests/data/news_probe_432.jsonl``: 108 cases of paydays, benefit payment dates and bank-holiday changes to them
  ("paid on the last working day of the month", "payments due on Monday 25 December will be made on Friday 22 December",
  "every four weeks", "from April 2026"), and look-alikes ("Universal Credit", "Form P60", "the 2024 rates table", "Box
  12");
* ``tests/data/news_probe_433.jsonl``: 108 cases of police appeals for witnesses and incident timelines ("between 11pm
  on Saturday and 1am on Sunday", "at around 2.15am", "last seen on Tuesday evening", "the previous weekend"), and
  look-alikes ("Operation 2024", "crime reference 45/1234/22", "PC 4417", "the A406");
* ``tests/data/news_probe_434.jsonl``: 108 cases of letters to the editor, readers' questions and advice columns,
  written in the first person ("I booked the flight in March for a trip in August", "two years ago my husband", "since
  last Christmas", "by the end of next week"), and look-alikes ("Flat 2", "policy number 2019-44", "my 1998 Corolla",
  "Box 1984");
* ``tests/data/news_probe_435.jsonl``: 108 cases of cryptocurrency markets, halvings, upgrades and exchange outages
  ("the halving expected around April 20", "withdrawals were paused for six hours", "the Merge on Sept. 15", "a 24-hour
  trading volume"), and look-alikes ("Bitcoin 2024 conference", "block 840,000", "ERC-20", "Web3");
* ``tests/data/news_probe_436.jsonl``: 108 cases of real-estate listings, open houses and property sales ("open house
  Sunday 1-3 p.m.", "listed in March and sold 42 days later", "completion is due by the end of June", "prices rose 4% in
  the year to September"), and look-alikes ("Lot 1925", "Unit 12B", "a 1930s semi", "MLS# 2024-3311");
* ``tests/data/news_probe_437.jsonl``: 108 cases of restaurant and bar openings, closures and opening hours ("opens
  Thursday at 5 p.m.", "brunch on weekends from 10am to 3pm", "closed Mondays", "the last orders at 10.30pm"), and
  look-alikes ("Table 12", "Pier 39", "the 1950 diner", "Room 404");
* ``tests/data/news_probe_438.jsonl``: 108 cases of aurora alerts and space weather forecasts ("the aurora may be
  visible tonight after 10pm", "a G4 storm watch through Friday", "the peak around 2am", "the solar maximum expected in
  2025"), and look-alikes ("Kp 7", "sunspot region 3664", "G4", "X1.5 flare");
* ``tests/data/news_probe_439.jsonl``: 108 cases of court reports of historic cases and long-ago offences ("between 1985
  and 1992, when she was aged 12", "the offences came to light in 2019", "40 years later", "over a three-year period"),
  and look-alikes ("Count 4", "Section 18", "Court 2", "Exhibit JB/12");
* ``tests/data/news_probe_440.jsonl``: 108 cases of wildlife migration, hibernation and breeding seasons ("the swallows
  return in April", "hibernates from November to March", "the first chicks hatched on Tuesday", "a 6,000-mile journey
  over eight weeks"), and look-alikes ("Tag 1987", "Site 4", "the A-team", "Zone 2");
* ``tests/data/news_probe_441.jsonl``: 108 cases of TV and radio schedules and listings ("tonight at 9pm on BBC One",
  "repeated on Sunday at 11.05pm", "weeknights at 7", "the final episode airs next Thursday"), and look-alikes ("Channel
  4", "Radio 1", "BBC Two", "Channel 7").

Each probe from the fifth on was first run once, before any rule changed for it (strict expressions found, and
values right): probe 5 643 and 613 of 659, probe 6 655 and 599 of 667, probe 7 546 and 491 of 581, probe 8 441 and
411 of 447, probe 9 476 and 426 of 487, probe 10 311 and 278 of 320, probe 11 385 and 368 of 396, probe 12 394 and
381 of 398, probe 13 311 and 301 of 313, probe 14 309 and 298 of 317, probe 15 422 and 405 of 426, probe 16 348 and
332 of 350, probe 17 314 and 284 of 345, probe 18 298 and 291 of 305, probe 19 619 and 543 of 627, probe 20 298 and
277 of 304, probe 21 305 and 287 of 307, probe 22 325 and 317 of 334, probe 23 304 and 288 of 310, probe 24 345 and
327 of 359, probe 25 255 and 246 of 257, probe 26 384 and 370 of 385, probe 27 305 and 297 of 308, probe 28 307 and
292 of 308, probe 29 294 and 286 of 295, probe 30 342 and 319 of 349, probe 31 380 and 371 of 382, probe 32 740 and
626 of 746, probe 33 394 and 383 of 397, probe 34 317 and 291 of 323, probe 35 352 and 340 of 353, probe 36 575 and
512 of 577, probe 37 449 and 426 of 454, probe 38 333 and 322 of 338, probe 39 356 and 352 of 358, probe 40 326 and
307 of 326, probe 41 326 and 307 of 327, probe 42 318 and 311 of 319, probe 43 329 and 313 of 331, probe 44 352 and
336 of 354, probe 45 398 and 388 of 399, probe 46 370 and 367 of 377, probe 47 361 and 346 of 362, probe 48 419 and
392 of 420, probe 49 327 and 300 of 341, probe 50 448 and 428 of 451, probe 51 406 and 393 of 407, probe 52 467 and
458 of 468, probe 53 470 and 449 of 472, probe 54 350 and 338 of 350, probe 55 394 and 386 of 397, probe 56 308 and
297 of 309, probe 57 489 and 473 of 492, probe 58 345 and 335 of 348, probe 59 401 and 393 of 404, probe 60 379 and
368 of 379, probe 61 410 and 395 of 412, probe 62 386 and 376 of 389, probe 63 346 and 332 of 348, probe 64 264 and
257 of 266, probe 65 376 and 354 of 379, probe 66 327 and 318 of 329, probe 67 433 and 415 of 437, probe 68 452 and
439 of 455, probe 69 375 and 360 of 376, probe 70 438 and 423 of 438, probe 71 374 and 360 of 376, probe 72 357 and
342 of 358, probe 73 378 and 373 of 380, probe 74 357 and 342 of 359, probe 75 365 and 355 of 367, probe 76 368 and
354 of 371, probe 77 417 and 412 of 421, probe 78 311 and 297 of 311, probe 79 364 and 350 of 370, probe 80 321 and
317 of 322, probe 81 305 and 294 of 309, probe 82 363 and 337 of 367, probe 83 387 and 363 of 398, probe 84 316 and
308 of 320, probe 85 301 and 294 of 303, probe 86 314 and 309 of 318, probe 87 333 and 321 of 339, probe 88 307 and
299 of 309, probe 89 318 and 305 of 318, probe 90 321 and 305 of 321, probe 91 392 and 367 of 396, probe 92 386 and
363 of 387, probe 93 399 and 385 of 400, probe 94 349 and 324 of 361, probe 95 351 and 328 of 351, probe 96 261 and
258 of 305, probe 97 326 and 313 of 331, probe 98 311 and 295 of 316, probe 99 319 and 309 of 321, probe 100 328 and
313 of 331, probe 101 333 and 313 of 335, probe 102 315 and 298 of 318, probe 103 284 and 276 of 285, probe 104 441
and 417 of 446, probe 105 318 and 306 of 323, probe 106 349 and 324 of 351, probe 107 249 and 219 of 255, probe 108
353 and 308 of 364, probe 109 334 and 323 of 335, probe 110 333 and 313 of 336, probe 111 287 and 274 of 288, probe
112 295 and 289 of 295, probe 113 336 and 311 of 338, probe 114 304 and 295 of 308, probe 115 333 and 321 of 333,
probe 116 292 and 283 of 294, probe 117 325 and 317 of 327, probe 118 326 and 304 of 327, probe 119 306 and 298 of
306, probe 120 298 and 287 of 298, probe 121 381 and 353 of 383, probe 122 354 and 340 of 361, probe 123 240 and 223
of 244, probe 124 388 and 352 of 389, probe 125 268 and 255 of 271, probe 126 276 and 268 of 278, probe 127 285 and
277 of 286, probe 128 418 and 414 of 421, probe 129 331 and 321 of 332, probe 130 357 and 333 of 363, probe 131 232
and 226 of 232, probe 132 350 and 336 of 358, probe 133 322 and 299 of 323, probe 134 306 and 302 of 307, probe 135
276 and 264 of 276, probe 136 416 and 401 of 422, probe 137 337 and 315 of 344, probe 138 313 and 308 of 315, probe
139 279 and 271 of 280, probe 140 315 and 308 of 323, probe 141 281 and 272 of 283, probe 142 300 and 279 of 318,
probe 143 361 and 348 of 365, probe 144 340 and 325 of 343, probe 145 279 and 271 of 282, probe 146 281 and 270 of
286, probe 147 311 and 298 of 316, probe 148 297 and 277 of 300, probe 149 385 and 377 of 388, probe 150 310 and 301
of 310, probe 151 370 and 346 of 371, probe 152 279 and 262 of 279, probe 153 334 and 310 of 348, probe 154 384 and
363 of 388, probe 155 296 and 288 of 302, probe 156 256 and 243 of 259, probe 157 304 and 297 of 306, probe 158 306
and 287 of 311, probe 159 283 and 268 of 288, probe 160 329 and 320 of 332, probe 161 469 and 437 of 476, probe 162
277 and 253 of 280, probe 163 210 and 186 of 222, probe 164 283 and 272 of 289, probe 165 270 and 261 of 271, probe
166 364 and 341 of 371, probe 167 319 and 307 of 329, probe 168 333 and 328 of 339, probe 169 282 and 273 of 286,
probe 170 327 and 319 of 336, probe 171 356 and 336 of 359, probe 172 319 and 316 of 320, probe 173 356 and 342 of
362, probe 174 273 and 269 of 276, probe 175 279 and 273 of 290, probe 176 340 and 328 of 344, probe 177 291 and 285
of 292, probe 178 334 and 307 of 340, probe 179 321 and 298 of 338, probe 180 294 and 289 of 296, probe 181 354 and
348 of 358, probe 182 301 and 289 of 305, probe 183 386 and 369 of 397, probe 184 350 and 339 of 354, probe 185 343
and 317 of 351, probe 186 303 and 298 of 310, probe 187 349 and 333 of 351, probe 188 330 and 319 of 331, probe 189
328 and 324 of 328, probe 190 281 and 264 of 284, probe 191 402 and 379 of 407, probe 192 373 and 365 of 377, probe
193 347 and 329 of 350, probe 194 322 and 319 of 324, probe 195 328 and 320 of 331, probe 196 303 and 296 of 315,
probe 197 222 and 212 of 223, probe 198 282 and 273 of 284, probe 199 244 and 241 of 248, probe 200 343 and 329 of
344, probe 201 357 and 353 of 359, probe 202 310 and 307 of 310, probe 203 276 and 271 of 278, probe 204 353 and 330
of 354, probe 205 268 and 264 of 268, probe 206 357 and 348 of 359, probe 207 323 and 302 of 325, probe 208 311 and
298 of 313, probe 209 323 and 306 of 325, probe 210 323 and 312 of 325, probe 211 325 and 318 of 327, probe 212 270
and 263 of 271, probe 213 310 and 304 of 317, probe 214 345 and 330 of 347, probe 215 302 and 297 of 307, probe 216
297 and 293 of 300, probe 217 307 and 296 of 311, probe 218 299 and 288 of 301, probe 219 276 and 275 of 276, probe
220 304 and 296 of 304, probe 221 346 and 340 of 346, probe 222 350 and 347 of 350, probe 223 361 and 348 of 362,
probe 224 344 and 330 of 345, probe 225 323 and 316 of 323, probe 226 390 and 361 of 390, probe 227 446 and 439 of
448, probe 228 310 and 306 of 312, probe 229 358 and 337 of 362, probe 230 295 and 284 of 297, probe 231 345 and 328
of 345, probe 232 329 and 317 of 329, probe 233 334 and 325 of 336, probe 234 353 and 329 of 372, probe 235 348 and
344 of 348, probe 236 372 and 370 of 372, probe 237 315 and 307 of 316, probe 238 367 and 348 of 370, probe 239 344
and 341 of 348, probe 240 354 and 339 of 366, probe 241 320 and 308 of 321, probe 242 334 and 329 of 334, probe 243
330 and 319 of 333, probe 244 376 and 356 of 382, probe 245 350 and 340 of 350, probe 246 331 and 320 of 334, probe
247 325 and 317 of 329, probe 248 376 and 365 of 379, probe 249 340 and 297 of 343, probe 250 360 and 341 of 361,
probe 251 305 and 302 of 307, probe 252 342 and 334 of 342, probe 253 378 and 349 of 406, probe 254 359 and 353 of
360, probe 255 316 and 297 of 320, probe 256 301 and 296 of 302, probe 257 346 and 326 of 349, probe 258 392 and 371
of 393, probe 259 350 and 334 of 354, probe 260 337 and 326 of 338, probe 261 307 and 302 of 307, probe 262 308 and
299 of 308, probe 263 338 and 326 of 339, probe 264 338 and 326 of 339, probe 265 332 and 323 of 332, probe 266 340
and 322 of 341, probe 267 348 and 321 of 349, probe 268 326 and 321 of 328, probe 269 335 and 316 of 337, probe 270
297 and 294 of 297, probe 271 341 and 333 of 341, probe 272 335 and 326 of 337, probe 273 321 and 316 of 321, probe
274 378 and 371 of 381, probe 275 336 and 324 of 342, probe 276 324 and 316 of 329, probe 277 364 and 350 of 364,
probe 278 335 and 313 of 339, probe 279 312 and 309 of 312, probe 280 425 and 389 of 425, probe 281 361 and 357 of
362, probe 282 316 and 308 of 327, probe 283 332 and 328 of 336, probe 284 342 and 330 of 343, probe 285 343 and 329
of 352, probe 286 321 and 295 of 334, probe 287 362 and 356 of 364, probe 288 345 and 323 of 345, probe 289 320 and
264 of 393, probe 290 341 and 338 of 342, probe 291 291 and 278 of 295, probe 292 380 and 368 of 382, probe 293 370
and 361 of 370, probe 294 331 and 324 of 331, probe 295 381 and 357 of 383, probe 296 358 and 343 of 359, probe 297
351 and 341 of 351, probe 298 310 and 303 of 313, probe 299 339 and 287 of 363, probe 300 303 and 284 of 304, probe
301 351 and 346 of 366, probe 302 299 and 288 of 299, probe 303 361 and 347 of 362, probe 304 372 and 356 of 381,
probe 305 292 and 276 of 298, probe 306 354 and 342 of 355, probe 307 360 and 334 of 365, probe 308 359 and 349 of
360, probe 309 358 and 352 of 365, probe 310 319 and 317 of 320, probe 311 331 and 326 of 332, probe 312 356 and 342
of 359, probe 313 317 and 296 of 331, probe 314 339 and 332 of 340, probe 315 338 and 326 of 350, probe 316 344 and
333 of 346, probe 317 324 and 320 of 324, probe 318 339 and 332 of 344, probe 319 331 and 321 of 333, probe 320 349
and 342 of 354, probe 321 341 and 330 of 343, probe 322 362 and 327 of 386, probe 323 313 and 298 of 317, probe 324
305 and 301 of 306, probe 325 337 and 325 of 344, probe 326 323 and 310 of 324, probe 327 346 and 335 of 347, probe
328 320 and 315 of 327, probe 329 349 and 338 of 351, probe 330 351 and 341 of 353, probe 331 372 and 367 of 374,
probe 332 297 and 288 of 299, probe 333 344 and 340 of 346, probe 334 314 and 303 of 315, probe 335 364 and 358 of
367, probe 336 333 and 330 of 333, probe 337 325 and 306 of 328, probe 338 336 and 326 of 337, probe 339 347 and 337
of 347, probe 340 334 and 327 of 335, probe 341 376 and 362 of 376, probe 342 340 and 337 of 340, probe 343 307 and
290 of 310, probe 344 321 and 310 of 321, probe 345 345 and 319 of 347, probe 346 319 and 317 of 319, probe 347 336
and 331 of 336, probe 348 355 and 349 of 355, probe 349 355 and 332 of 358, probe 350 339 and 329 of 340, probe 351
376 and 374 of 377, probe 352 331 and 322 of 338, probe 353 331 and 325 of 331, probe 354 312 and 307 of 312, probe
355 354 and 332 of 358, probe 356 300 and 288 of 306, probe 357 282 and 268 of 282, probe 358 255 and 242 of 266, probe
359 294 and 283 of 302, probe 360 297 and 287 of 301, probe 361 244 and 240 of 245, probe 362 379 and 365 of 386, probe
363 281 and 278 of 282, probe 364 334 and 325 of 340, probe 365 333 and 327 of 335, probe 366 279 and 270 of 284, probe
367 291 and 269 of 295, probe 368 266 and 250 of 269, probe 369 308 and 298 of 315, probe 370 273 and 265 of 277, probe
371 292 and 286 of 297, probe 372 309 and 271 of 320, probe 373 297 and 290 of 305, probe 374 280 and 271 of 284, probe
375 309 and 295 of 330, probe 376 290 and 280 of 295, probe 377 300 and 293 of 305, probe 378 345 and 327 of 362, probe
379 320 and 305 of 326, probe 380 327 and 313 of 345, probe 381 323 and 288 of 341, probe 382 258 and 247 of 262, probe
383 306 and 293 of 310, probe 384 314 and 295 of 319, probe 385 279 and 264 of 286, probe 386 269 and 265 of 272, probe
387 287 and 280 of 291, probe 388 289 and 281 of 294, probe 389 296 and 265 of 304, probe 390 414 and 329 of 445, probe
391 297 and 280 of 301, probe 392 262 and 243 of 272, probe 393 283 and 266 of 291, probe 394 355 and 325 of 358, probe
395 248 and 238 of 285, probe 396 273 and 254 of 285, probe 397 258 and 248 of 263, probe 398 248 and 240 of 258, probe
399 318 and 297 of 323, probe 400 336 and 319 of 337, probe 401 228 and 220 of 234, probe 402 279 and 268 of 281, probe
403 297 and 272 of 303, probe 404 265 and 263 of 266, probe 405 238 and 231 of 240, probe 406 329 and 316 of 332, probe
407 270 and 255 of 274, probe 408 312 and 304 of 317, probe 409 311 and 305 of 314, probe 410 321 and 284 of 325, probe
411 234 and 227 of 238, probe 412 356 and 332 of 358, probe 413 362 and 326 of 373, probe 414 312 and 281 of 319, probe
415 362 and 320 of 373, probe 416 271 and 261 of 272, probe 417 277 and 273 of 283, probe 418 254 and 248 of 256, probe
419 260 and 247 of 261, probe 420 292 and 285 of 295, probe 421 376 and 358 of 388, probe 422 348 and 327 of 356, probe
423 312 and 296 of 324, probe 424 287 and 271 of 287, probe 425 277 and 272 of 278, probe 426 290 and 279 of 296, probe
427 310 and 296 of 316, probe 428 305 and 266 of 308, probe 429 271 and 265 of 279, probe 430 333 and 311 of 339, probe
431 282 and 275 of 287, probe 432 345 and 317 of 361, probe 433 335 and 308 of 337, probe 434 385 and 355 of 396, probe
435 220 and 213 of 221, probe 436 283 and 278 of 288, probe 437 376 and 313 of 397, probe 438 282 and 259 of 288, probe
439 289 and 285 of 289, probe 440 300 and 285 of 309, probe 441 359 and 328 of 367.

Each case has its own publication date and the expressions a TimeML annotator expects, with character
offsets. Expressions marked ``ambiguous`` (annotators could defensibly disagree) or ``optional``
(TimeBank annotates such words only sometimes) are reported by ``python tests/test_news_probe.py``
but not asserted. Every other one must be found with its value and type (or a listed alternative),
except the disagreements in :data:`KNOWN` (and the extra expressions in :data:`KNOWN_EXTRA`), each
with its reason; they are strict xfails, so fixing one fails the test until it is taken off the list.
A time of no particular day is one TIMEX3 value in either spelling, "T10:00" or "XXXX-XX-XXT10:00".
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import timeline

DATA = Path(__file__).parent / "data"
PROBES = {probe: DATA / f"news_probe_{probe}.jsonl" for probe in map(str, range(1, 442))}
#: How many cases each probe holds.
PROBE_SIZES = {
    "1": 162,
    "2": 174,
    "3": 25,
    "4": 180,
    "5": 150,
    "6": 40,
    "7": 120,
    "8": 120,
    "9": 32,
    "10": 106,
    "11": 108,
    "12": 108,
    "13": 109,
    "14": 108,
    "15": 108,
    "16": 108,
    "17": 116,
    "18": 108,
    "19": 60,
    "20": 108,
    "21": 108,
    "22": 108,
    "23": 108,
    "24": 108,
    "25": 108,
    "26": 109,
    "27": 110,
    "28": 108,
    "29": 108,
    "30": 109,
    "31": 108,
    "32": 75,
    "33": 108,
    "34": 108,
    "35": 108,
    "36": 61,
    "37": 108,
    "38": 118,
    "39": 110,
    "40": 108,
    "41": 117,
    "42": 108,
    "43": 107,
    "44": 122,
    "45": 106,
    "46": 125,
    "47": 111,
    "48": 117,
    "49": 103,
    "50": 107,
    "51": 104,
    "52": 128,
    "53": 117,
    "54": 104,
    "55": 107,
    "56": 104,
    "57": 103,
    "58": 109,
    "59": 107,
    "60": 121,
    "61": 123,
    "62": 125,
    "63": 109,
    "64": 110,
    "65": 108,
    "66": 101,
    "67": 105,
    "68": 114,
    "69": 103,
    "70": 113,
    "71": 110,
    "72": 104,
    "73": 102,
    "74": 111,
    "75": 117,
    "76": 106,
    "77": 104,
    "78": 106,
    "79": 108,
    "80": 107,
    "81": 113,
    "82": 109,
    "83": 114,
    "84": 114,
    "85": 106,
    "86": 110,
    "87": 107,
    "88": 110,
    "89": 109,
    "90": 109,
    "91": 105,
    "92": 113,
    "93": 109,
    "94": 111,
    "95": 110,
    "96": 112,
    "97": 113,
    "98": 111,
    "99": 105,
    "100": 113,
    "101": 105,
    "102": 112,
    "103": 106,
    "104": 114,
    "105": 110,
    "106": 109,
    "107": 110,
    "108": 110,
    "109": 111,
    "110": 112,
    "111": 110,
    "112": 113,
    "113": 110,
    "114": 110,
    "115": 109,
    "116": 105,
    "117": 109,
    "118": 107,
    "119": 106,
    "120": 109,
    "121": 112,
    "122": 110,
    "123": 108,
    "124": 106,
    "125": 110,
    "126": 110,
    "127": 112,
    "128": 109,
    "129": 108,
    "130": 111,
    "131": 111,
    "132": 112,
    "133": 110,
    "134": 105,
    "135": 109,
    "136": 110,
    "137": 111,
    "138": 108,
    "139": 109,
    "140": 108,
    "141": 115,
    "142": 108,
    "143": 110,
    "144": 108,
    "145": 110,
    "146": 108,
    "147": 108,
    "148": 108,
    "149": 105,
    "150": 110,
    "151": 112,
    "152": 111,
    "153": 109,
    "154": 108,
    "155": 109,
    "156": 108,
    "157": 110,
    "158": 108,
    "159": 110,
    "160": 110,
    "161": 112,
    "162": 110,
    "163": 110,
    "164": 112,
    "165": 108,
    "166": 105,
    "167": 108,
    "168": 106,
    "169": 109,
    "170": 108,
    "171": 115,
    "172": 108,
    "173": 106,
    "174": 108,
    "175": 113,
    "176": 110,
    "177": 110,
    "178": 108,
    "179": 109,
    "180": 105,
    "181": 108,
    "182": 109,
    "183": 108,
    "184": 110,
    "185": 105,
    "186": 111,
    "187": 110,
    "188": 110,
    "189": 108,
    "190": 109,
    "191": 108,
    "192": 111,
    "193": 108,
    "194": 113,
    "195": 110,
    "196": 105,
    "197": 108,
    "198": 108,
    "199": 108,
    "200": 105,
    "201": 111,
    "202": 110,
    "203": 108,
    "204": 108,
    "205": 110,
    "206": 109,
    "207": 108,
    "208": 111,
    "209": 110,
    "210": 108,
    "211": 108,
    "212": 110,
    "213": 106,
    "214": 106,
    "215": 108,
    "216": 110,
    "217": 108,
    "218": 106,
    "219": 110,
    "220": 108,
    "221": 108,
    "222": 108,
    "223": 108,
    "224": 108,
    "225": 108,
    "226": 108,
    "227": 108,
    "228": 108,
    "229": 108,
    "230": 108,
    "231": 108,
    "232": 108,
    "233": 108,
    "234": 108,
    "235": 108,
    "236": 108,
    "237": 108,
    "238": 108,
    "239": 108,
    "240": 108,
    "241": 108,
    "242": 108,
    "243": 108,
    "244": 108,
    "245": 108,
    "246": 108,
    "247": 108,
    "248": 108,
    "249": 108,
    "250": 108,
    "251": 108,
    "252": 108,
    "253": 108,
    "254": 108,
    "255": 108,
    "256": 108,
    "257": 108,
    "258": 108,
    "259": 108,
    "260": 108,
    "261": 108,
    "262": 108,
    "263": 108,
    "264": 108,
    "265": 108,
    "266": 108,
    "267": 108,
    "268": 108,
    "269": 108,
    "270": 108,
    "271": 108,
    "272": 108,
    "273": 108,
    "274": 108,
    "275": 108,
    "276": 108,
    "277": 108,
    "278": 108,
    "279": 108,
    "280": 108,
    "281": 108,
    "282": 108,
    "283": 108,
    "284": 108,
    "285": 108,
    "286": 108,
    "287": 108,
    "288": 108,
    "289": 108,
    "290": 108,
    "291": 108,
    "292": 108,
    "293": 108,
    "294": 108,
    "295": 108,
    "296": 108,
    "297": 108,
    "298": 108,
    "299": 108,
    "300": 108,
    "301": 108,
    "302": 108,
    "303": 108,
    "304": 108,
    "305": 108,
    "306": 108,
    "307": 108,
    "308": 108,
    "309": 108,
    "310": 108,
    "311": 108,
    "312": 108,
    "313": 108,
    "314": 108,
    "315": 108,
    "316": 108,
    "317": 108,
    "318": 108,
    "319": 108,
    "320": 108,
    "321": 108,
    "322": 108,
    "323": 108,
    "324": 108,
    "325": 108,
    "326": 108,
    "327": 108,
    "328": 108,
    "329": 108,
    "330": 108,
    "331": 108,
    "332": 108,
    "333": 108,
    "334": 108,
    "335": 108,
    "336": 108,
    "337": 108,
    "338": 108,
    "339": 108,
    "340": 108,
    "341": 108,
    "342": 108,
    "343": 108,
    "344": 108,
    "345": 108,
    "346": 108,
    "347": 108,
    "348": 108,
    "349": 108,
    "350": 108,
    "351": 108,
    "352": 108,
    "353": 108,
    "354": 108,
    "355": 108,
    "356": 108,
    "357": 108,
    "358": 108,
    "359": 108,
    "360": 108,
    "361": 108,
    "362": 108,
    "363": 108,
    "364": 108,
    "365": 108,
    "366": 108,
    "367": 108,
    "368": 108,
    "369": 108,
    "370": 108,
    "371": 108,
    "372": 108,
    "373": 108,
    "374": 108,
    "375": 108,
    "376": 108,
    "377": 108,
    "378": 108,
    "379": 108,
    "380": 108,
    "381": 108,
    "382": 108,
    "383": 108,
    "384": 108,
    "385": 108,
    "386": 108,
    "387": 108,
    "388": 108,
    "389": 108,
    "390": 108,
    "391": 108,
    "392": 108,
    "393": 108,
    "394": 108,
    "395": 108,
    "396": 108,
    "397": 108,
    "398": 108,
    "399": 108,
    "400": 108,
    "401": 108,
    "402": 108,
    "403": 108,
    "404": 108,
    "405": 108,
    "406": 108,
    "407": 108,
    "408": 108,
    "409": 108,
    "410": 108,
    "411": 108,
    "412": 108,
    "413": 108,
    "414": 108,
    "415": 108,
    "416": 108,
    "417": 108,
    "418": 108,
    "419": 108,
    "420": 108,
    "421": 108,
    "422": 108,
    "423": 108,
    "424": 108,
    "425": 108,
    "426": 108,
    "427": 108,
    "428": 108,
    "429": 108,
    "430": 108,
    "431": 108,
    "432": 108,
    "433": 108,
    "434": 108,
    "435": 108,
    "436": 108,
    "437": 108,
    "438": 108,
    "439": 108,
    "440": 108,
    "441": 108,
}
CASES: list[dict[str, Any]] = [
    {**case, "key": f"{probe}:{case['id']}"}
    for probe, path in PROBES.items()
    for case in map(json.loads, path.read_text(encoding="utf-8").splitlines())
]

KNOWN: dict[tuple[str, str], str] = {
    ("1:127", "the weekend"): "'before the weekend' in a present clause is read as the weekend just past",
    ("1:130", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    ("1:147", "the quarter"): "on a quarter's last day, 'ended the quarter' is the current one, not the last reported",
    ("2:c023", "the previous evening"): "it counts from a date named after it ('... on 14 August last year')",
    ("2:c153", "1 November"): "'as from 1 November' in a past clause: the schedule is not recognised",
    ("4:b10", "June 6"): "'the weekend of June 6' is read as one weekend, as most probes write it; this one splits it",
    ("3:09_fed_decision", "March@1304"): "'a rate cut in March': the noun 'cut' is read as a past verb",
    ("3:17_retailer_earnings", "the quarter"): "a quarter ending Nov. 3 is a fiscal one: only its length is known",
    ("3:21_ntsb_crash", "the day before"): "'the day before the crash' needs the event's date",
    ("4:a32", "8 o'clock"): "a clock time without a.m. or p.m. moves to the evening only beside 'tonight', 'night'",
    ("4:d03", "soon"): "TBAQ leaves 'soon' unannotated 13 times of 18",
    ("4:d06", "the moment"): "'at the moment' is unannotated in TBAQ",
    ("4:d18", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    ("5:e030", "the 7th"): "a bare day after a dash ('in September — the 7th and the 21st') is not read",
    ("5:e030", "the 21st"): "a bare day after a dash ('in September — the 7th and the 21st') is not read",
    (
        "5:e060",
        "the fourth quarter",
    ): "'suspended its dividend from the fourth quarter': a past clause takes a reported quarter",
    (
        "5:e061",
        "2 p.m.",
    ): "a clock time takes the day named earlier in its paragraph (the trial's start), not the verdict's",
    (
        "5:e068",
        "January 5",
    ): "a year inside a sentence, not opening it, frames no later date ('the Class of 2025 arrive in August')",
    (
        "5:e068",
        "January 8",
    ): "a year inside a sentence, not opening it, frames no later date ('the Class of 2025 arrive in August')",
    ("5:e078", "the following Wednesday"): "'begins on Feb 22, the following Wednesday': read as the Wednesday after",
    ("5:e083", "The second half of the year"): "'the year' in a past clause in early January is the year just ended",
    ("6:f03", "quarterly"): "'quarterly' before a noun is left alone: TBAQ tags it there 1 time in 10",
    ("6:f06", "April"): "'Last season ... in April': a sports season frames no months",
    ("6:f10", "quarterly"): "'quarterly' before a noun is left alone: TBAQ tags it there 1 time in 10",
    ("6:f11", "4 p.m."): "'between 4 p.m. and 10 p.m.' after '... until 9 a.m. Friday': the clock takes the last day",
    ("6:f11", "10 p.m."): "'between 4 p.m. and 10 p.m.' after '... until 9 a.m. Friday': the clock takes the last day",
    (
        "6:f14",
        "8 p.m. Pacific time",
    ): "'four hours after the polls closed at 8 p.m.': the clock takes the 12:48 a.m.'s day",
    ("6:f14", "early evening"): "'since early evening' without 'the' is not read",
    ("6:f22", "February"): "'first proposed ... in February': 'proposed' is a planning word with no tense",
    ("6:f23", "a year earlier"): "year-over-year anaphora counts from the month just named, not the report's",
    ("6:f23", "March@1414"): "'report March housing starts': a month before a noun, without a preposition, is not read",
    ("6:f24", "a year earlier"): "year-over-year anaphora counts from the month just named, not the report's",
    ("6:f25", "Wednesday morning"): "'set out ... on Wednesday morning to climb': 'set' is read as a plan",
    ("6:f25", "1:14 p.m."): "'set out ... on Wednesday morning to climb': 'set' is read as a plan",
    ("6:f25", "9:40 a.m."): "a clock time takes the day named earlier in its paragraph, not the publication day",
    ("6:f31", "3:40 p.m."): "'began at 10:15 a.m. Tuesday, returned their verdict at 3:40 p.m.': the day just named",
    ("6:f31", "10"): "the start of a range of lengths ('10 to 25 years') is not read",
    (
        "6:f32",
        "New Year's Day",
    ): "a year inside a sentence, not opening it, frames no later date ('the Class of 2025 arrive in August')",
    ("6:f38", "three weeks"): "'will be reviewed in three weeks' is read as the week it lands in, not as a length",
    ("6:f39", "Tuesday"): "'Futures pointed to a modest rebound on Tuesday': the past verb decides",
    ("7:g006", "the final afternoon"): "'on the final afternoon' of a fair is not read",
    ("7:g018", "hours"): "'dropped off at a body shop hours after the crash': a bare plural after a noun is left alone",
    ("7:g090", "the previous week"): (
        "'about 6 a.m. Thursday' after a fire on Wednesday night is read ahead, and the week before counts from it"
    ),
    ("7:g023", "Tuesday"): "'moved from Tuesday': the past participle is read as past",
    ("7:g032", "quarterly"): "'quarterly' before a noun is left alone: TBAQ tags it there 1 time in 10",
    ("7:g068", "the thirtieth"): "'I told you the thirtieth': a bare day after a verb is not read",
    ("7:g069", "ten"): "'between, say, ten and midnight on Tuesday': an hour alone before 'and midnight' is not read",
    ("7:g077", "the summer"): "'the summer after I retired': a season before 'after' is not read",
    (
        "7:g078",
        "Tuesday",
    ): "a weekday in a present clause is the nearest one, which TBAQ prefers ('the store opens Friday')",
    ("7:g087", "the summer"): "'We thought we had the summer': 'the summer' after a verb is not read",
    (
        "7:g088",
        "shortly before 3 p.m.",
    ): "a clock time takes the day named before it; the story's own day is given by its logic",
    (
        "7:g090",
        "about 6 a.m. Thursday",
    ): "'about 6 a.m. Thursday' in a past report written on a Friday: read as next Thursday",
    (
        "7:g092",
        "that February",
    ): "'since 2021, ... the storm that crippled the grid that February': the year is not the latest mention",
    (
        "7:g093",
        "Eighty years ago this week",
    ): "the ISO week of the day eighty years back (W03); the annotator keeps the week's number",
    ("7:g097", "7 p.m."): "'Kickoff is set for 7 p.m.': the game's day is not named in the sentence",
    ("7:g097", "the following Friday"): "it counts from the Wednesday just named, not the game's Friday",
    ("7:g101", "hours"): "'evacuated hours earlier': a bare plural before 'earlier' is left alone",
    ("7:g102", "9 that evening"): "'9 that evening': an hour before an anaphoric part of day is not read",
    ("8:h025", "quarterly"): "'quarterly' before a noun is left alone: TBAQ tags it there 1 time in 10",
    ("8:h068", "per year"): "'per' makes a set only after money; '2% per year' is a rate of a measure",
    (
        "8:h100",
        "9:30 p.m.",
    ): "a clock time in the sentence after a timetable ('hourly from 6 a.m.') takes the day named before",
    ("8:h116", "10 minutes and 10 seconds"): "written PT10M10S; the annotator writes PT610S",
    ("8:h117", "quarterly"): "'quarterly' before a noun is left alone: TBAQ tags it there 1 time in 10",
    (
        "8:h118",
        "8:30 a.m.",
    ): "'start no earlier than 8:30 a.m.': a rule's clock time with no word of recurrence takes the day",
    (
        "8:h119",
        "January@373",
    ): "'2024 was the warmest year ... records in every month from January': the story's year frames nothing",
    ("9:k001", "bank holiday Monday"): "'bank holiday Monday' is not read as the bank holiday",
    ("9:k001", "May"): "'By May I want us in the play-offs': a month in a present clause is the nearest one",
    (
        "9:k002",
        "Tuesday night",
    ): "'Rovers, now ninth, travel to Dunmore on Tuesday night': a plural verb after an aside is not found",
    ("9:k002", "the following Saturday"): "it counts from 'Tuesday night', read in the past",
    ("9:k002", "12.30pm"): "it takes the day of 'the following Saturday', read in the past",
    ("9:k005", "the next morning"): "'on the second day ... the next morning': a match's day is no date to count from",
    ("9:k006", "the following season"): "a sports season is not read as a period",
    ("9:k006", "this season"): "a sports season is not read as a period",
    (
        "9:k007",
        "the weekend",
    ): "'passengers booked to fly over the weekend': an infinitive after a past participle is read in the past",
    (
        "9:k008",
        "Sunday",
    ): "'covering Saturday evening and Sunday': the second weekday of a list is not read as the next day",
    ("9:k012", "11am"): "a clock time takes the day named before it; the story's own day is given by its logic",
    (
        "9:k015",
        "Monday",
    ): "a weekday in a present clause is the nearest one, which TBAQ prefers ('the store opens Friday')",
    ("9:k016", "October"): "'every April and October': the second month of a set is read as a date",
    ("9:k017", "14:02 UTC"): "a clock time takes the day named before it; the story's own day is given by its logic",
    ("9:k017", "14:19"): "a clock time takes the day named before it; the story's own day is given by its logic",
    ("9:k017", "14:30"): "a clock time takes the day named before it; the story's own day is given by its logic",
    ("9:k017", "15:11 UTC"): "a clock time takes the day named before it; the story's own day is given by its logic",
    ("9:k017", "18:00"): "'shortly before 18:00' without a zone, after 'before', is not read",
    ("9:k017", "19:47 UTC"): "a clock time takes the day named before it; the story's own day is given by its logic",
    ("9:k025", "today"): "'110 years ago today' is read as one expression; the annotator tags 'today' apart",
    ("9:k025", "11.39pm"): "a clock time takes the day named before it; the story's own day is given by its logic",
    (
        "9:k025",
        "less than 40 seconds",
    ): "'less than 40 seconds later' is read as a point in time; the annotator tags the length",
    (
        "9:k025",
        "about 12.45am",
    ): "a clock time takes the day named before it; the story's own day is given by its logic",
    (
        "10:m016",
        "May 19",
    ): "'The season ends on May 19', written in June: a sports season's end is read as the nearest May 19",
    ("10:m016", "4 p.m."): "it takes the day of 'May 19', read as the nearest",
    ("10:m038", "mid-December"): (
        "'Early applicants typically hear back by mid-December': read as any year's December after 'typically'"
    ),
    ("10:m017", "Sunday"): "'forcing a Game 7 on Sunday': a participle clause has no tense of its own",
    (
        "10:m100",
        "three weeks",
    ): "'Formula 1 heads to Spa in three weeks': 'in N units' ahead is read as the date it lands on",
    ("11:n083", "twenty-two"): "spoken two-digit years ('in twenty-two') are not read",
    ("11:n083", "Saturday"): "'Saturday's the one we've been waiting on': a present clause gives the nearest Saturday",
    ("11:n105", "spring"): "'it's going to be spring': a season after a verb is not read",
    ("11:n105", "early summer"): "'maybe early summer': a season without a preposition is not read",
    ("11:n107", "this day"): "'We have waited five years for this day' (a quotation) is not read",
    ("12:q020", "Nov. 1"): "'When do they go back? On Nov. 1.': an answer takes no tense from its question",
    ("12:q059", "annual"): "'annual' before a noun is left alone: TBAQ tags it there 0 times in 6",
    ("12:q107", "quarterly"): "'quarterly' before a noun is left alone: TBAQ tags it there 1 time in 10",
    ("13:r108", "spring"): "'the most competitive spring selling seasons': a season before a noun is not read",
    (
        "2:c015",
        "a couple of weeks",
    ): "'could reopen in a couple of weeks': 'in' and a length in a future clause is a date",
    (
        "14:r003",
        "the prior-year period",
    ): "'the first six months of the year' is read as a length, so the quarter is compared",
    ("14:r012", "June"): "'for the fiscal year ending in June': the -ing clause takes the sentence's past tense",
    ("14:r022", "Full-year"): "'Full-year' as an adjective ('Full-year guidance') is not read",
    (
        "14:r104",
        "Friday",
    ): "'a premium to the closing price on Friday': a price already set, but the future clause decides",
    ("14:r105", "May"): "'covering May': an ambiguous month after a participle, without a preposition, is not read",
    ("15:r010", "midnight local time"): "'midnight local time (2200 GMT Monday)': the restated zone's day is not used",
    (
        "15:r035",
        "8 p.m.",
    ): "'the runoff two weeks later. Polling stations close at 8 p.m.': the clock takes the day just named",
    ("15:r060", "annual"): "'annual' before a noun is left alone: TBAQ never tags it there",
    (
        "15:r069",
        "11:47 p.m. local time",
    ): "a clock time takes the day named before it; the story's own day is given by its logic",
    ("15:r102", "8 p.m."): "a clock time takes the day named before it; the story's own day is given by its logic",
    (
        "16:r105",
        "Saturday afternoon",
    ): "'couldn't get out ... until Saturday afternoon,' he said: 'until' is read as ahead",
    ("16:r107", "Friday"): "'is back with \"Slow Light,\" out Friday': a release with no verb is the nearest Friday",
    (
        "17:r022",
        "12/03/2024",
    ): "a British outlet's slashed date, with no day-first date or byline to show the order, is read month first",
    ("17:r039", "H2"): "'H2' without a year is not read ('H2' alone is also hydrogen)",
    (
        "17:r042",
        "the 10th",
    ): "'to the 10th because ...': a bare day is read only before punctuation, 'and', 'or' or 'at'",
    ("17:r051", "12.30"): "a kick-off time in brackets after a fixture is not read",
    ("17:r051", "15.00"): "a kick-off time in brackets after a fixture is not read",
    ("17:r051", "16.30"): "a kick-off time in brackets after a fixture is not read",
    ("17:r065", "08:25"): "a departure board ('sched. 08:25, now 09:40') is not read",
    ("17:r065", "11:05"): "a departure board ('sched. 08:25, now 09:40') is not read",
    ("17:r066", "Wed"): "'Hearings this week: ... Wed — sentencing': a listed weekday is read in the past",
    ("17:r066", "14:00"): "'Hearings this week: ... Wed — sentencing (14:00)': it takes that weekday, in the past",
    ("17:r066", "Fri"): "'Hearings this week: ... Fri — mention': a listed weekday is read in the past",
    ("17:r073", "Tuesday Night"): "a headline in title case: 'Night' with a capital is not read as a part of day",
    (
        "17:r073",
        "Wednesday",
    ): "a headline in title case ('Storm to Bring Heavy Snow ... Into Wednesday'): its tense is not read",
    (
        "17:r076",
        "MONDAY",
    ): "a headline in capitals ('MARKETS CLOSED MONDAY FOR PRESIDENTS' DAY'): 'CLOSED' is read as past",
    ("17:r109", "the Thanksgiving of '15"): "'the Thanksgiving of '15' is read as two expressions",
    ("17:r109", "the holiday weekend"): "'the holiday weekend' names no holiday",
    ("17:r109", "Thanksgiving"): "'a year after a milder Thanksgiving': the holiday a length before is not found",
    ("17:r110", "summer"): "a season in quotation marks ('a \"challenging\" summer') is not read",
    ("17:r111", "3-hour, 20-minute"): "'the 3-hour, 20-minute final' is read as two lengths",
    ("17:r112", "daily"): "'10am-6pm daily' in a listing is not read",
    ("17:r116", "10 p.m."): "a clock time takes the day named after it in the next clause ('until Dec. 31')",
    ("18:r039", "more than five decades"): "written P50Y; the annotator writes P5DE",
    ("18:r101", "a decade"): "written P10Y; the annotator writes P1DE",
    (
        "18:r108",
        "about 2 a.m.",
    ): "'plan to run wind machines from about 2 a.m.': the clock takes the publication day, not the coming night",
    (
        "19:r001",
        "the following spring",
    ): "'the following spring' after a February date is that year's spring; the annotator reads the next",
    ("19:r001", "that night@881"): "it counts from the latest date named, not the night of the story",
    ("19:r001", "the week before"): "it counts from the latest date named, not the night of the story",
    (
        "19:r008",
        "that night",
    ): "'the freedoms won that night', after the story returned to the present: it counts from the latest date",
    ("19:r015", "The following Monday"): "in a quotation, it counts from the latest date named outside it",
    (
        "19:r017",
        "that November",
    ): "it counts from 'two years later' (1954); the Games the annotator knows of were in 1956",
    (
        "19:r024",
        "the same spring",
    ): "'the same spring the war ended' counts from the date just named, not the war's end",
    (
        "19:r025",
        "that night",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "19:r025",
        "that evening",
    ): "it counts from an earlier date of the story that was read from the publication",
    ("19:r027", "January"): "'had doubled since January' in a story a year back: 'since' reads the latest January",
    ("19:r028", "the next evening"): "it counts from 'two days earlier', the latest date named, not the arrest's day",
    (
        "19:r037",
        "Twenty years later",
    ): "'Twenty years later' in a quotation means now; it is counted from the story's date",
    (
        "19:r038",
        "the end of the week",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "19:r038",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "19:r038",
        "The following Monday",
    ): "it counts from an earlier date of the story that was read from the publication",
    ("19:r042", "the end of the decade"): "a decade in a story needs two dates years back before it; one is named",
    (
        "19:r049",
        "a day later",
    ): "'On the third day, ... a day later': an event's numbered day is not read, so it counts from the date before",
    ("19:r050", "months"): "'for weeks, perhaps months': a bare plural after 'perhaps' is not read",
    ("19:r050", "the first day"): "'the first day', 'the second day' of an event are not read",
    ("19:r051", "that first day"): "'the first day', 'the second day' of an event are not read",
    ("19:r051", "the second day"): "'the first day', 'the second day' of an event are not read",
    ("19:r053", "that first day"): "'the first day', 'the second day' of an event are not read",
    ("19:r056", "the night"): "'through the night' takes the day just named, the day after the blast",
    ("19:r057", "midweek"): "'by midweek' on a Sunday is read as this week's middle, not the coming one",
    ("20:r014", "4 July"): (
        "'announced the election ... on 22 May, six weeks before polling day on 4 July': the past tense is taken, "
        "so the 4 July before, 2023-07-04"
    ),
    ("20:r048", "today"): "'today' joined to its clock time is one expression, as in 22 of 23 cases of earlier probes",
    ("20:r058", "today"): "'today' joined to its clock time is one expression, as in 22 of 23 cases of earlier probes",
    (
        "20:r102",
        "yesterday",
    ): "'yesterday' joined to its clock time is one expression, as in 22 of 23 cases of earlier probes",
    ("20:r102", "today"): "'today' joined to its clock time is one expression, as in 22 of 23 cases of earlier probes",
    (
        "20:r102",
        "tomorrow",
    ): "'tomorrow' joined to its clock time is one expression, as in 22 of 23 cases of earlier probes",
    ("20:r065", "July 1"): "'will have their PAN rendered inoperative from July 1': the participle is read as the verb",
    (
        "20:r101",
        "around 7.30am",
    ): "'On the first strike day, ... at around 7.30am': an event's numbered day is not read",
    ("20:r101", "6.30pm"): "'On the first strike day, ... by 6.30pm': an event's numbered day is not read",
    ("20:r105", "03:00"): "'stayed open until after 03:00 on Thursday': 'until' reads the end ahead, whatever the verb",
    (
        "20:r105",
        "Thursday",
    ): "'stayed open until after 03:00 on Thursday': 'until' reads the end ahead, whatever the verb",
    (
        "20:r107",
        "about 0815 GMT",
    ): "'at about 0815 GMT' leaves 'about' out and takes the day of 'Thursday's referendum'",
    (
        "21:r007",
        "tonight",
    ): "'tonight' joined to its clock time is one expression, as in 22 of 23 cases of earlier probes",
    ("21:r062", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("21:r063", "decade-long"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "21:r107",
        "7 p.m. ET",
    ): "'started an hour earlier than usual, at 7 p.m. ET': the ceremony's Sunday is given by the story",
    (
        "21:r107",
        "about three and a half hours",
    ): "written PT3H30M (the annotator's PT3.5H), and 'about' is left out of a length",
    (
        "21:r107",
        "March 2",
    ): "'next year's ceremony will be held on March 2': the year named before it is not carried to it",
    (
        "21:r108",
        "early summer",
    ): "'predicted that most Americans could be vaccinated by ... early summer': 'could' is read as past",
    ("22:r005", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    ("22:r020", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    ("22:r107", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    (
        "22:r014",
        "the fall",
    ): "a story years back: 'lingered into the fall' is read from the publication, not the story's year",
    ("22:r105", "the fall"): "a story years back: 'kept it afloat until the fall' is read from the publication",
    ("22:r053", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    ("22:r102", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    (
        "23:r026",
        "November",
    ): "'seats are on the ballot in November' in January: a present clause takes the nearest November",
    ("23:r037", "the night"): "'on the night of the shooting, Sept. 10, 2021': 'the night of' an event is not read",
    (
        "23:r075",
        "Thanksgiving",
    ): "'the 2025-26 school year ... a week off at Thanksgiving': a school year frames nothing",
    (
        "23:r101",
        "January",
    ): "'the third lapse in funding this year, after a shutdown in January': the year inside frames nothing",
    (
        "23:r101",
        "a few weeks",
    ): "'We'll be back in a few weeks' is read as a vague date ahead (FUTURE_REF), not a length",
    (
        "23:r102",
        "about 10:30 p.m.",
    ): "'The walkout began at about 10:30 p.m.': it takes the day just named, not the night before",
    ("23:r104", "that evening"): "'earlier that evening' counts from the latest date named, not the night of the story",
    ("23:r107", "May"): "'Graduation in May' in a school calendar for 2025-26: a school year frames nothing",
    (
        "24:r022",
        "Monday",
    ): "'with the first doses to be given on Monday': the infinitive on a noun is read after 'became'",
    (
        "24:r034",
        "nine o'clock",
    ): "'until nine o'clock' after 'half past four this afternoon': the afternoon is not carried",
    (
        "24:r047",
        "Thursday",
    ): "'on Thursday, New Year's Day' in a clause without a verb: the weekday is read in the past",
    (
        "24:r032",
        "a quarter to nine",
    ): "'Good evening. It is a quarter to nine here': the greeting is no mention; read as 08:45",
    (
        "24:r048",
        "eighteen minutes past four, Houston time",
    ): "read as 04:18 without 'Houston time'; the landing was at 4:18 p.m.",
    ("24:r052", "nearly six decades"): "written P60Y, as TBAQ writes lengths in decades; the annotator gives only P6DE",
    (
        "24:r059",
        "00:01 GMT Thursday",
    ): "'released under an embargo until 00:01 GMT Thursday': 'until' reads the end ahead",
    (
        "24:r064",
        "more than two decades",
    ): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    (
        "24:r082",
        "the immediate future",
    ): "'the immediate future' is not read (TBAQ leaves 'the foreseeable future' out)",
    ("24:r090", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("24:r106", "half past eight"): (
        "'the ceremony began a little after half past eight' in the paragraph after 'Twenty years ago this morning': "
        "put on the anniversary's day, 2001-09-11"
    ),
    ("24:r102", "six o'clock"): "'Good evening. It's just gone six o'clock': a greeting does not make the hour evening",
    (
        "24:r102",
        "eight",
    ): "'Tomorrow evening, the concert gets under way at eight': a bare hour after 'at' alone is not read",
    (
        "24:r106",
        "eight forty-six",
    ): "'It's eight forty-six here': an hour and minutes in words after 'It's' are not read",
    (
        "24:r107",
        "Monday morning",
    ): "'could return on Sunday and last into Monday morning': 'last' is read as a marker of the past",
    ("25:r014", "Aug. 12"): "a story years back told after one date in it: later dates are read from the publication",
    (
        "25:r014",
        "the following Monday",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "25:r048",
        "a year earlier",
    ): "'breaking the record set only a year earlier': the record's year is not the year just named",
    ("25:r055", "two and a half minutes"): "written PT2M30S, the same length as the annotator's PT2.5M (or PT150S)",
    (
        "26:r024",
        "nearly three decades",
    ): "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE",
    (
        "26:r104",
        "Tuesday night",
    ): "'The Observatory forecast temperatures as low as 9 degrees on Tuesday night': read as past",
    ("26:r106", "more than a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("27:r032", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    ("27:r052", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    ("27:r104", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    (
        "27:r104",
        "the second half",
    ): "'would open 25 stores this year, most in the second half' with figures: the nearest half",
    (
        "28:r017",
        "this year",
    ): "'the last week of March this year' is one expression; after a day 'this year' stands apart",
    ("28:r072", "September"): "'My boss approved two weeks off in September': the past verb decides",
    ("28:r108", "2:30 a.m."): "'The final night will run until 2:30 a.m.': it takes the auction's day named before it",
    ("28:r108", "2"): "'We'll do last call at 2': a bare hour after 'at' alone is not read",
    (
        "29:r096",
        "about two and a half hours",
    ): "written PT2H30M, the same length as the annotator's PT2.5H, and 'about' is left out",
    (
        "29:r105",
        "the weekend",
    ): "'often run into the weekend' after 'end Dec. 13': the weekend after that day is not found",
    (
        "29:r106",
        "the second half of the year",
    ): "'the second half of the year' in a story of the year just ended: read now",
    ("30:r008", "the whole month"): "'for the whole month' is read as the month under discussion, not a length",
    ("30:r014", "monthly"): "'monthly' before a noun is left alone (TBAQ tags 'quarterly' there 1 time in 10)",
    ("30:r084", "three decades"): "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE",
    ("30:r106", "4"): "'at 4, 6 and 8 p.m.': a list of hours before a meridiem is not read",
    ("30:r106", "6"): "'at 4, 6 and 8 p.m.': a list of hours before a meridiem is not read",
    (
        "30:r106",
        "10 p.m.",
    ): "'light snow after 10 p.m.' takes Christmas Day, named just before, not the evening of publication",
    (
        "30:r106",
        "Saturday morning",
    ): "'up to 2 inches possible by Saturday morning': no verb; the weekday is read in the past",
    (
        "30:r107",
        "Thursday",
    ): "'AAA had estimated travel between Thursday and Monday': the past perfect, not the holiday, decides",
    (
        "30:r107",
        "Monday@671",
    ): "'AAA had estimated travel between Thursday and Monday': the past perfect, not the holiday, decides",
    ("31:r026", "two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    (
        "31:r032",
        "April 12",
    ): "'set April 12 as the date of the election': 'set' with its object first is not read as arranging",
    (
        "31:r106",
        "almost seven decades",
    ): "written P70Y, as TBAQ writes lengths in decades; the annotator gives only P7DE",
    (
        "31:r107",
        "more than two decades",
    ): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    (
        "32:r001",
        "Wednesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r001",
        "Early the next morning",
    ): "it counts from an earlier date of the story that was read from the publication",
    ("32:r001", "Two days later"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r001",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r002",
        "Wednesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r002",
        "Friday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r002", "the next week"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r006",
        "Wednesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r006", "the final weekend"): "'the final weekend' (of a campaign) is not read",
    (
        "32:r006",
        "11 p.m. Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r007", "the night after that"): "'the night after that' is not read",
    (
        "32:r007",
        "Friday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r007", "that weekend"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r009",
        "Friday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r009", "two days earlier"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r011",
        "Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r011", "two days later"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r012",
        "Thursday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r012",
        "the following Tuesday",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r013",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r014",
        "the Thursday",
    ): "'By the Thursday' (British, of a strike week) is read from 'a fortnight earlier', not the strike's first day",
    (
        "32:r014",
        "the Saturday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r015",
        "1:25 a.m. Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r015",
        "Thursday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r015",
        "Tuesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r015",
        "Wednesday@374",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r015", "that week"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r015",
        "the following Monday",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r019",
        "Friday",
    ): "'The search was formally ended on Friday' after a story a month back: read in the story's week",
    ("32:r021", "that morning"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r024",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r024",
        "Tuesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r024",
        "early Thursday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r024", "7 a.m."): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r025",
        "Tuesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r025", "the next day"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r026",
        "early Wednesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r026", "that afternoon"): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r027",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r027",
        "Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("32:r027", "9 a.m."): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r028",
        "Thursday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r028",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "32:r042",
        "the weekend",
    ): "'Over the weekend the protests spread' after a date weeks back: the weekend is the nearest",
    (
        "32:r046",
        "the weekend",
    ): "a story years back: 'By the weekend' after a paragraph break is read from the publication",
    (
        "32:r046",
        "The following spring",
    ): "it counts from an earlier date of the story that was read from the publication",
    ("32:r046", "that night"): "it counts from an earlier date of the story that was read from the publication",
    ("32:r051", "that first summer"): "'that first summer' is not read",
    ("32:r051", "Christmas"): "a story years back told after one date in it: later dates are read from the publication",
    ("32:r052", "six and a half hours"): "written PT6H30M, the same length as the annotator's PT6.5H",
    (
        "32:r053",
        "That summer",
    ): "'That summer' after 'won bronze in Sochi' (2014, not written) counts from the latest year named",
    (
        "32:r057",
        "mid-December",
    ): "'a recount that lasted until mid-December' in 2002: 'until' reads it ahead of the publication",
    (
        "32:r059",
        "Christmas",
    ): "'By Christmas it had sold' after 'that June' 1977: the nearest Christmas (1976), not the next",
    (
        "32:r059",
        "The following spring",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "32:r072",
        "Monday@938",
    ): "'Firefighters were hoping for cooler temperatures on Monday': 'hoping' is not read as looking ahead",
    (
        "32:r072",
        "Tuesday",
    ): "'were hoping for cooler temperatures on Monday and Tuesday': 'hoping' is not read as looking ahead",
    ("32:r074", "two days later"): "it counts from an earlier date of the story that was read from the publication",
    ("32:r074", "the coming week"): "'spend the coming week meeting with deputies' is read as a length (P1W)",
    ("33:r020", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    (
        "33:r022",
        "the prior month",
    ): "'rose 0.5% from the prior month' in a report on the month before: it counts from the month named",
    ("33:r028", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags it there 1 time in 10)",
    ("33:r036", "Thursday"): "'keeping the ECB on course to cut rates again on Thursday': the past verb before decides",
    (
        "33:r101",
        "a year earlier",
    ): "'a year earlier' after 'between Dec. 21 and Jan. 1': it keeps the day, the annotator the year",
    (
        "33:r105",
        "about 2:15 a.m.",
    ): "'the blaze began at about 2:15 a.m.': the fire's day, named paragraphs earlier, is not found",
    (
        "33:r106",
        "this year@787",
    ): "'into October this year' is one expression, as in 'the last week of March this year'",
    ("34:r022", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "34:r034",
        "Tuesday morning",
    ): "'Twenty years ago, on a cloudless Tuesday morning': the day is the anniversary's, not known from a year",
    ("34:r047", "more than a year"): "'more than a year old' (of a war) is read as an age",
    ("34:r049", "the night of Aug. 5"): "TimeBank annotates the date alone in 'the night of Oct. 23' (2 of 2)",
    (
        "34:r049",
        "2:45 a.m.",
    ): "'Eighty years ago ... At 2:45 a.m. on Aug. 6': a year told as years ago does not give later dates their year",
    (
        "34:r049",
        "Aug. 6",
    ): "'Eighty years ago ... At 2:45 a.m. on Aug. 6': a year told as years ago does not give later dates their year",
    ("34:r057", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("34:r071", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("34:r073", "two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    (
        "34:r075",
        "four sweltering days",
    ): "a length with an adjective between count and unit ('four sweltering days') is not read",
    ("34:r102", "the afternoon of July 20"): "TimeBank annotates the date alone in 'the night of Oct. 23' (2 of 2)",
    (
        "34:r102",
        "10:56 p.m.",
    ): "'Four days after liftoff, on the afternoon of July 20': the story's year is not found, so its day is today's",
    (
        "34:r102",
        "that night",
    ): "'Four days after liftoff, on the afternoon of July 20': the story's year is not found, so its day is today's",
    ("34:r102", "July 24"): "'Four days after liftoff, on the afternoon of July 20': the story's year is not found",
    (
        "34:r105",
        "the evening",
    ): "'a ceremony that ran into the evening' after a story years back: it takes the story's day",
    ("34:r106", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "34:r107",
        "more than three decades",
    ): "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE",
    ("34:r108", "the past decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "23:r105",
        "Dec. 22, 2020",
    ): "'on the night of Dec. 22, 2020' is one expression, as most annotators write it; this one splits it",
    (
        "35:r001",
        "Oct. 15",
    ): "'which pushes the paperwork deadline to Oct. 15': a present clause takes the nearest Oct. 15",
    ("35:r005", "four decades"): "written P40Y, as TBAQ writes lengths in decades; the annotator gives only P4DE",
    (
        "35:r016",
        "this spring",
    ): "'aid offers could arrive later than usual this spring', written in December: this year's spring",
    ("35:r057", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "35:r068",
        "two decades ago",
    ): "'two decades ago' lands on a year, as 'a decade later' does; the annotator gives the decade",
    ("35:r104", "nearly two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    (
        "36:r002",
        "Thursday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("36:r002", "Two days later"): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r003",
        "Tuesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("36:r003", "Three days later"): "it counts from an earlier date of the story that was read from the publication",
    ("36:r003", "the end of the month"): "'By the end of the month' in a story weeks back is the month of publication",
    (
        "36:r004",
        "about 6 p.m. Wednesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r007",
        "the following Monday",
    ): "it counts from an earlier date of the story that was read from the publication",
    ("36:r009", "that afternoon"): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r013",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r013",
        "Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r016",
        "Saturday evening",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r016",
        "9 p.m. Sunday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r016",
        "early Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("36:r016", "that afternoon"): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r018",
        "Monday evening",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r018",
        "Tuesday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r020",
        "the end of that week",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r020",
        "Wednesday",
    ): "'went home on Wednesday' after a story weeks back, in a new paragraph: read in the story's week",
    (
        "36:r023",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r023",
        "Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("36:r023", "two days later"): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r024",
        "Sunday morning",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    ("36:r028", "about 10:45 p.m."): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r028",
        "Thursday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r036",
        "the weekend",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r037",
        "Monday",
    ): "a story weeks back: a weekday, weekend or part of day is read from the publication, not from the story's day",
    (
        "36:r042",
        "more than six hours",
    ): "it counts from an earlier date of the story that was read from the publication",
    (
        "36:r043",
        "Thursday",
    ): "'At a ceremony in Tokyo on Thursday' after a story years back told step by step: read in the story",
    ("36:r043", "2:46 p.m.@661"): "it counts from an earlier date of the story that was read from the publication",
    ("36:r050", "the following day"): "it counts from an earlier date of the story that was read from the publication",
    ("36:r051", "Two days later"): "it counts from an earlier date of the story that was read from the publication",
    ("36:r052", "The night before"): "it counts from an earlier date of the story that was read from the publication",
    ("37:r009", "1986"): "'the 1986 People Power revolt': a year before a capitalised name is read as part of the name",
    ("37:r022", "5 am"): "'polls will close at 7 pm ... early-voting hours from 5 am to 7 am': read past midnight",
    ("37:r022", "7 am@186"): "'polls will close at 7 pm ... early-voting hours from 5 am to 7 am': read past midnight",
    ("37:r034", "February"): "'signalled a further cut of the same size in February': the past verb decides",
    (
        "37:r065",
        "Sunday",
    ): "'Slot's side, who have lost just once ..., travel to West Ham on Sunday': the aside's perfect decides",
    (
        "37:r076",
        "about six hours",
    ): "'leave at 10.30pm and reach Mombasa about six hours later': read as a time after the clock",
    ("37:r096", "Wednesday"): "'rolls over to Wednesday's draw': 'rolls over to' is not read as looking ahead",
    ("37:r102", "midnight"): "it counts from the range before it, read a day late",
    ("37:r102", "8pm"): "it counts from the range before it, read a day late",
    ("37:r102", "Sunday morning"): "'warned of heavy rain on Saturday and into Sunday morning': the past verb decides",
    ("37:r107", "May"): "'after an unusually mild May': a month after an adjective is not read",
    (
        "38:r050",
        "quarterly",
    ): (
        "'a quarterly print schedule': a frequency adjective before a noun is left untagged (TBAQ tags "
        "'quarterly' there once in ten)"
    ),
    ("38:r057", "Halloween"): "'Halloween candy sales': a holiday naming a thing is not read as the day",
    (
        "38:r118",
        "midnight",
    ): (
        "'over the Fourth of July holiday if no deal is reached by midnight': a bare clock time takes the day"
        " just named"
    ),
    (
        "40:r011",
        "45 minutes",
    ): "'start classes 45 minutes later next school year': a clock time shifted is read as an offset",
    (
        "40:r065",
        "6:45 p.m. Sunday",
    ): (
        "'A severe thunderstorm warning was in effect until 6:45 p.m. Sunday': 'until' is read as looking "
        "ahead despite 'was'"
    ),
    (
        "40:r069",
        "7:30 p.m.",
    ): "'Kickoff was moved up from 7:30 p.m.': a clock time without a day in its sentence takes the publication's day",
    ("40:r105", "Friday"): "'a game moved from Friday': the day a plan moved from is read in the past",
    (
        "40:r106",
        "Saturday night",
    ): "'This year's grandstand lineup includes ... a country music concert Saturday night': 'includes' is not found",
    (
        "41:r034",
        "Sunday morning",
    ): "'with up to 40mm of rain possible in some spots by Sunday morning': 'possible' is not read as looking ahead",
    (
        "41:r035",
        "3:22 p.m.",
    ): "'The launch window opens at 3:22 p.m.': a clock time without a day in its sentence takes the publication's day",
    ("41:r056", "annual"): "'its annual polar night': a frequency adjective before a noun is left untagged",
    (
        "41:r083",
        "Tuesday",
    ): (
        "'Fans who missed out ... get another chance on Tuesday': the verb after a relative clause is not "
        "found; 'missed' dates it"
    ),
    (
        "41:r083",
        "8 a.m.",
    ): (
        "'Fans who missed out ... get another chance on Tuesday, when tickets ... go on sale at 8 a.m.': "
        "Tuesday is read in the past"
    ),
    (
        "41:r112",
        "noon",
    ): "'Opening-day events include a brass band at noon': the opening day named a paragraph before is not reached",
    (
        "41:r112",
        "3 p.m.",
    ): "'Opening-day events include ... a cookery demonstration at 3 p.m.': the opening day is not reached",
    ("42:r103", "about 8:30 p.m."): (
        "'The eye of the storm crossed the coast ... at about 8:30 p.m.': the evening before the morning "
        "paper is not seen"
    ),
    ("43:r006", "January"): (
        "'when it formally left the bloc in January', written on Dec. 31: a past clause may name next month"
    ),
    ("43:r033", "more than four decades"): (
        "lengths in decades are written in years (P40Y), as TBAQ does ('two decades' P20Y); the annotator writes P4DE"
    ),
    ("43:r043", "four decades"): (
        "lengths in decades are written in years (P40Y), as TBAQ does ('two decades' P20Y); the annotator writes P4DE"
    ),
    ("43:r072", "the past decade"): (
        "lengths in decades are written in years (P10Y), as TBAQ writes 'past decade'; the annotator writes P1DE"
    ),
    ("43:r083", "nearly five decades"): (
        "lengths in decades are written in years (P40Y), as TBAQ does ('two decades' P20Y); the annotator writes P5DE"
    ),
    ("43:r107", "June 1"): (
        "'the 2025 Atlantic hurricane season, which runs from June 1 to Nov. 30': the season's year does not "
        "reach its dates"
    ),
    ("43:r107", "Nov. 30"): (
        "'the 2025 Atlantic hurricane season, which runs from June 1 to Nov. 30': the season's year does not "
        "reach its dates"
    ),
    ("44:r025", "Saturday"): (
        "'a new Taoiseach could be elected in the Dáil on Saturday': 'could be' with a participle is read as "
        "a past ability"
    ),
    ("44:r027", "almost three decades"): (
        "lengths in decades are written in years (P30Y), as TBAQ does ('two decades' P20Y); the annotator writes P3DE"
    ),
    ("44:r055", "nearly two decades"): (
        "lengths in decades are written in years (P20Y), as TBAQ does ('two decades' P20Y); the annotator writes P2DE"
    ),
    ("44:r116", "9am"): (
        "'make other arrangements for their children from 9am until 3pm' on the strike day told before: the "
        "day is not reached"
    ),
    ("44:r116", "3pm"): "'from 9am until 3pm' on the strike day told before: the day is not reached",
    ("44:r119", "almost two decades"): (
        "'almost two decades' is read as 'two decades' with the modifier outside the span, and written P20Y"
    ),
    ("44:r120", "more than three decades"): (
        "lengths in decades are written in years (P30Y), as TBAQ does ('two decades' P20Y); the annotator writes P3DE"
    ),
    ("45:r031", "Sunday"): (
        "'Analysts expect the two films to take in more than $200 million combined by Sunday': the object is "
        "too long for 'expect ... to'"
    ),
    ("45:r044", "12:03 p.m."): (
        "'starting at 12:03 p.m.' in a story of three days before: the clock time takes the publication's day"
    ),
    ("45:r044", "12:50 p.m."): (
        "'Officers finally entered the room at 12:50 p.m.' in a story of three days before: the publication's day"
    ),
    ("45:r054", "January"): (
        "'what she will do after leaving office in January': a gerund after 'after' is read as past, so January 2024"
    ),
    ("46:r044", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags 'quarterly' there 1 time in 10)",
    ("46:r045", "the back half"): "'the back half' (of the year) is not read",
    ("46:r119", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags 'quarterly' there 1 time in 10)",
    ("46:r120", "the whole morning"): "'the whole morning' is not read",
    ("46:r125", "the summer"): (
        "'slowed launches during the summer' after a future clause: the earlier 'would start' decides"
    ),
    ("47:r100", "February"): (
        "'arriving in Montreal in a February blizzard': a year after 'in' inside a sentence frames no later month"
    ),
    ("47:r100", "That spring"): (
        "a story years back: a date without a year, or one counted from it, is read from the publication"
    ),
    ("47:r100", "two years later"): (
        "a story years back: a date without a year, or one counted from it, is read from the publication"
    ),
    ("47:r101", "The following summer"): (
        "a story years back: a date without a year, or one counted from it, is read from the publication"
    ),
    ("47:r101", "Tuesday evening"): (
        "'had gathered 4,000 signatures by Tuesday evening': a deadline after a past perfect is read ahead"
    ),
    ("47:r103", "June"): (
        "'writing a weekly column ... until June' in an obituary: 'until' reads the end ahead, whatever the verb"
    ),
    ("47:r105", "that final morning"): "'on that final morning' is not read",
    ("47:r105", "that spring"): (
        "a story years back: a date without a year, or one counted from it, is read from the publication"
    ),
    ("47:r106", "8:15 a.m."): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("47:r106", "that day"): (
        "it counts from the latest day named (the death), not from the day of the bomb the story tells"
    ),
    ("48:r010", "July 4"): (
        "'announcement of a July 4 election' in a past clause: a day without a year is read in the past "
        "(TBAQ's copy omits last year's years)"
    ),
    ("48:r011", "Monday"): (
        "'Advance polls open Friday and run through Monday' on a Sunday: the span's end is read as the nearest Monday"
    ),
    ("48:r019", "September"): "'was brought forward from September': the past verb decides",
    ("48:r024", "Tuesday"): (
        "'were cast on Monday and continue on Tuesday': the coordinated present verb is not read as a clause of its own"
    ),
    ("48:r054", "today"): "'12.30pm today' is one expression, as in 22 of 23 cases of earlier probes",
    ("48:r084", "the autumn"): "'has ruled out a snap election in the autumn': the present perfect is read as past",
    ("48:r087", "the spring"): "'in the autumn of 2024 rather than the spring': a bare season after 'than' is not read",
    ("48:r111", "10am"): "a clock time takes the day named before it; the day the story gives it comes from its logic",
    ("48:r117", "January 14"): (
        "'would have been called for January 14': a future in a past conditional is read as past"
    ),
    ("49:r002", "seven-forty"): (
        "'It is now seven-forty in the East' on an election night: an hour without a.m. or p.m. is read in the morning"
    ),
    ("49:r009", "two thousand"): "a bare 'two thousand' is read as a number, not a year",
    ("49:r021", "eight o'clock"): (
        "'bundle up tonight. ... by eight o'clock': 'tonight' moves an hour to the evening only in its own sentence"
    ),
    ("49:r024", "Monday afternoon"): "'lingers into Monday afternoon': read with the Sunday night before it",
    ("49:r024", "Sunday night"): (
        "'snow moves into New England on Sunday night', said on a Saturday: the present is read as past after"
        " 'has already picked up'"
    ),
    ("49:r030", "two thousand twenty-two"): (
        "'two thousand twenty-two' before a verb without a preposition is not read as a year"
    ),
    ("49:r032", "a few hours"): "'open in a few hours' in a present clause is read as a vague future, not as a length",
    ("49:r033", "Monday morning"): "'Good Monday morning' as a greeting is not read",
    ("49:r033", "seven o'clock"): (
        "'at seven o'clock' after 'by Wednesday' in the sentence before: the clock takes the day named before it"
    ),
    ("49:r048", "last August"): (
        "'last August' said in October is the latest August (TBAQ: 7 of 7); the annotator knows Irene's year"
    ),
    ("49:r049", "the night"): (
        "'worked through the night', said the morning after: 'the night' is read as the coming night"
    ),
    ("49:r049", "two forty-nine yesterday afternoon"): (
        "'two forty-nine' in words before 'yesterday afternoon' is not read as a clock time"
    ),
    ("49:r053", "about one-thirty yesterday afternoon"): (
        "'one-thirty' in words before 'yesterday afternoon' is not read as a clock time"
    ),
    ("49:r059", "about six-eleven yesterday evening"): (
        "'six-eleven' in words before 'yesterday evening' is not read as a clock time"
    ),
    ("49:r060", "April"): "'a little higher than in April' in a present clause: the nearest April ahead is read",
    ("49:r061", "the twenty-second"): "'on the twenty-second is unaffected': a bare day before a verb is not read",
    ("49:r063", "nine-fifteen"): (
        "'the fireworks don't start until nine-fifteen': an hour without p.m. is read in the morning"
    ),
    ("49:r064", "Friday"): "'not before Friday', answering a question in the future: the answer takes no tense",
    ("49:r067", "Valentine's Day in nineteen sixty-six"): (
        "a year in words after 'in' is not joined to the holiday before it"
    ),
    ("49:r076", "five days"): (
        "'again five days later' is read as a date five days after the publication, not as a length"
    ),
    ("49:r097", "six thirty-two"): "'It's six thirty-two.' takes the day of the last day named, not the broadcast's",
    ("49:r101", "eight o'clock Eastern"): (
        "'starts at eight o'clock Eastern' (an awards show): an hour without p.m. is read in the morning"
    ),
    ("49:r101", "the end of February"): (
        "'The eligibility window was extended to the end of February', said in April: a moved end is read ahead"
    ),
    ("49:r102", "the final weekend of twenty twenty-three"): "'the final weekend of' a year is not read",
    ("50:r005", "2 p.m."): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("50:r009", "Friday morning"): (
        "'forecasters warned of wind chills ... by Friday morning': the reporting verb's past decides"
    ),
    ("50:r023", "7 a.m."): (
        "'The gauge read 38.4 feet at 7 a.m.' after '..., the river forecast center said Sunday': the report's day "
        "is passed over for the day of the event told before it, June 22, so 2020-06-22T07:00"
    ),
    ("50:r024", "6 p.m. Tuesday"): (
        "'from midnight Monday until 6 p.m. Tuesday': read on from a midnight Monday taken as the one ahead"
    ),
    ("50:r058", "12:01 a.m. Friday"): (
        "'averting a strike that could have begun at 12:01 a.m. Friday': the modal perfect is read as past"
    ),
    ("50:r075", "Tuesday"): (
        "'between Tuesday and next Monday' said on a Wednesday: the start of a range ahead is read ahead"
    ),
    ("50:r103", "weeks"): "a bare plural ('months', 'weeks') without a count is left alone (TBAQ is split)",
    ("51:r001", "the night of June 3"): (
        "'the 2019 shooting ... on the night of June 3': a year inside a sentence, not opening it, frames no later date"
    ),
    ("51:r013", "11:52 p.m."): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("51:r085", "nearly three decades"): (
        "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE"
    ),
    ("51:r087", "nearly two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    ("51:r089", "decade-long"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("51:r095", "Nearly three decades"): (
        "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE"
    ),
    ("51:r097", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags 'quarterly' there 1 time in 10)",
    ("51:r101", "two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    ("51:r103", "almost four decades"): (
        "written P40Y, as TBAQ writes lengths in decades; the annotator gives only P4DE"
    ),
    ("52:r116", "the fall"): (
        "'traders now price in at least one rate cut by the fall': the earlier reporting verb decides"
    ),
    ("52:r122", "September"): "'adding that a hike in September was possible': 'was' is read as past",
    ("52:r123", "the quarter"): (
        "'rose 0.8% in the quarter' in July: the quarter named before (the year to March) is taken"
    ),
    ("53:r005", "three weeks"): (
        "'in three weeks' in a future clause is read as the date it lands on, not as a length (TBAQ reads both)"
    ),
    ("53:r011", "8.30am"): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("53:r030", "about 5am"): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("53:r070", "nearly four decades"): (
        "written P40Y, as TBAQ writes lengths in decades; the annotator gives only P4DE"
    ),
    ("53:r071", "the past decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("53:r077", "January"): "'up from N25,000 in January' said on Dec. 29: the nearest January is read",
    ("53:r081", "19 years later"): (
        "'not convicted until 2012, 19 years later': counted from the publication, not the year named"
    ),
    ("53:r110", "10.30am"): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("53:r110", "nearly two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    ("53:r110", "noon"): "a clock time takes the day named before it; the day the story gives it comes from its logic",
    ("53:r115", "about 11am"): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("53:r116", "the past two decades"): (
        "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE"
    ),
    ("54:r003", "1.30pm"): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("54:r005", "1700 GMT"): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("54:r005", "8 p.m."): (
        "a clock time takes the day named before it; the day the story gives it comes from its logic"
    ),
    ("54:r084", "Sunday afternoon"): (
        "'play this weekend and again over the Easter weekend, with Manchester City hosting Liverpool on Sunday "
        "afternoon': put in the weekend named last, Easter's, so 2022-04-17TAF"
    ),
    ("54:r089", "last year"): "'the same period last year' after a fiscal first quarter read as the calendar one (Q1)",
    ("55:r002", "early October"): (
        "'setting the stage for a decision by early October' after a past verb: the deadline is read in the past"
    ),
    ("55:r062", "11-hour-55-minute"): "a length in two hyphenated units is read as its last part only",
    ("55:r065", "November"): (
        "'its previous attempt, in November, ended': an aside before its verb takes the clause before it "
        "('hopes to fly')"
    ),
    ("55:r073", "a few months"): "'could come in a few months' is read as a vague future, not as a length",
    ("55:r102", "about a month"): (
        "'in three weeks' in a future clause is read as the date it lands on, not as a length (TBAQ reads both)"
    ),
    ("55:r107", "March"): (
        "'a 2024 YR4 ... until 2028 ... scheduled to observe it in March': a year opening the clause frames the month"
    ),
    ("56:r031", "9 p.m. Sunday"): (
        "'The governor on Sunday ordered bars to close at 9 p.m. Sunday': a directive is read ahead, not on "
        "the day it was given"
    ),
    ("56:r037", "Sunday afternoon"): (
        "'Forecasters expect 6 to 10 inches of snow, with the heaviest snowfall Sunday afternoon': 'expect' "
        "with an object is not read as future"
    ),
    ("56:r040", "Wednesday"): (
        "'return to class Wednesday, a week earlier than last year': 'last year' is read as the clause's tense"
    ),
    ("56:r094", "fall"): "'fall officially began at 3:21 p.m.': a bare season as a subject is not read",
    ("56:r101", "recent years"): "'in recent years' is PXY, as in TBAQ's six of twelve",
    ("57:r007", "Tuesday"): "'Tuesday's results will be read for weeks' said on Wednesday: the future verb decides",
    ("57:r014", "the afternoon"): "'the afternoon will turn to night' as a subject is not read",
    ("57:r018", "June"): (
        "'He signed it anyway in June' after a president's name of 1930: the story's year is not found"
    ),
    ("57:r033", "three weeks"): (
        "'in three weeks' in a future clause is read as the date it lands on, not as a length (TBAQ reads both)"
    ),
    ("57:r041", "Sept. 30"): (
        "'The spending deal Congress passed on Thursday funds the government through Sept. 30': the relative "
        "clause's past decides"
    ),
    ("57:r052", "Sunday"): "'The celebrations run over four days that began today and end on Sunday': 'began' decides",
    ("57:r065", "April 12"): "a fragment without a verb after a plan told in the past is not recognised",
    ("57:r065", "March 29"): (
        "'was supposed to leave on March 29. Then on April 12.': a plan told as overtaken by 'supposed to' is"
        " not recognised"
    ),
    ("57:r087", "the following spring"): (
        "'met in 1964. Two weeks later he proposed; the following spring': read as the spring of 1964"
    ),
    ("57:r096", "June"): (
        "'gave the seven states until June to propose cuts': 'until' reads the end ahead, whatever the verb"
    ),
    ("57:r101", "about two and a half hours"): (
        "written PT2H30M (ISO 8601 without a decimal); the annotator writes PT2.5H"
    ),
    ("58:r054", "annual"): "'annual' before a noun is left alone (TBAQ tags 'quarterly' there 1 time in 10)",
    ("58:r083", "H1 FY25"): "fiscal halves written 'H1 FY25' are not read; only 'FY25' is",
    ("58:r090", "quarterly"): "'quarterly' before a noun is left alone (TBAQ tags 'quarterly' there 1 time in 10)",
    ("58:r100", "Friday"): (
        "'closing at HK$16.50 on Friday' in a past report: the participle 'closing' is read as a timetable"
    ),
    ("58:r109", "the last week of July"): (
        "'worked a single shift until the last week of July': 'until' reads the end ahead, whatever the verb"
    ),
    ("59:r040", "the quarter"): (
        "'for the quarter ended Sept. 25' is read as a length, since Sept. 25 ends no calendar quarter"
    ),
    ("59:r042", "the first of the year"): "'the first of the year' is not read as Jan. 1; only 'the year' is",
    ("59:r075", "the decade"): "'The economy ended the decade', written Jan. 2, 1990: the decade under way is taken",
    ("59:r102", "less than 90 minutes"): (
        "'died ... less than 90 minutes later' is read as a time counted from the shooting"
    ),
    ("59:r107", "90 days"): (
        "'in three weeks' in a future clause is read as the date it lands on, not as a length (TBAQ reads both)"
    ),
    ("60:r031", "midnight"): (
        "'hours before a midnight deadline on Saturday', said on Saturday: a past clause's midnight is read "
        "as the one that began the day"
    ),
    ("60:r045", "60 days"): (
        "'in three weeks' in a future clause is read as the date it lands on, not as a length (TBAQ reads both)"
    ),
    ("60:r067", "August"): (
        "'was delayed until June 30 during a special session in August', said on Dec. 31: a past clause may "
        "name next month"
    ),
    ("60:r080", "March 6"): (
        "'since April 12, 2019, to the Election Commission by March 6': the year named before in the sentence frames it"
    ),
    ("60:r117", "midnight"): "'before midnight on Sunday', said on Sunday: the midnight of the day before is read",
    ("60:r120", "November@1254"): (
        "a story years back: a date without a year, or one counted from it, is read from the publication"
    ),
    ("60:r120", "November@900"): (
        "a story years back: a date without a year, or one counted from it, is read from the publication"
    ),
    ("60:r121", "May"): "'From May, all tenancies will convert' after a past sentence: the earlier clause decides",
    ("61:r029", "Oct. 3"): "'comes out Oct. 3, she announced': the reporting verb decides",
    ("61:r035", "Oct. 21"): (
        "'will close for four months starting June 15, 2019, ... reopening Oct. 21': the year named is not carried"
    ),
    ("61:r052", "Saturday afternoon"): (
        "'would not make Saturday afternoon's performance available': the conditional is read as future"
    ),
    ("61:r060", "Sunday"): (
        "'warned drivers to expect gridlock as early as Sunday' on a Monday: 'as early as' looks ahead"
    ),
    ("61:r063", "Sunday"): (
        "'the travel period that began Friday, with Sunday projected to be the busiest day': 'began' decides"
    ),
    ("61:r065", "May"): "'The fee had originally been set to take effect in May': the overtaken plan is read ahead",
    ("61:r113", "June"): "'first asked the court to end it in dramatic testimony in June': the directive is read ahead",
    ("61:r118", "January"): "'since its release in January', said on Dec. 31: a past clause may name next month",
    ("61:r121", "Dec. 8"): (
        "'Tickets for the final show, in Vancouver on Dec. 8, sold out': a day without a year in a past "
        "clause is read in the past (TBAQ's copy omits last year's years)"
    ),
    ("61:r122", "later in the month"): "'later in the month' after 'that evening' is read in the publication's month",
    (
        "62:r036",
        "about 90 days",
    ): "'a partial restart possible in about 90 days' is read as the day it lands on, not a length",
    (
        "62:r058",
        "the week",
    ): "'in the week' of a weekly report published on Thursday is the report's week, the one before",
    ("62:r060", "summer"): "'summer demand': a season before a noun is not read",
    (
        "62:r118",
        "1430 GMT",
    ): "a market time in a past clause takes the day last named in the story, not the publication's",
    (
        "62:r125",
        "the summer",
    ): "'allowing sales ... during the summer' after 'announced': the past verb is read, not the permission",
    (
        "63:r035",
        "the second quarter",
    ): "'the payment that would have been made in the second quarter': the unreal past is read as past",
    (
        "64:r040",
        "Thursday evening",
    ): "'announced a curfew ..., effective Thursday evening': 'effective' is read as a timetable ahead",
    ("64:r045", "annual"): "'an annual earthquake drill': 'annual' before a noun is left alone (TBAQ 0 of 6)",
    (
        "64:r107",
        "about 11:10 p.m.",
    ): "a late clock time in a past clause, no day named: read on the publication day, not the night before",
    (
        "64:r107",
        "11:30 p.m.",
    ): "a late clock time in a past clause, no day named: read on the publication day, not the night before",
    (
        "64:r107",
        "the weekend",
    ): "'imposed curfews ... through the weekend' on a Friday: the weekend in a past clause is the one past",
    ("64:r110", "a week"): "'gave the coup leaders a week on July 30': 'leaders a week' is read as a rate",
    ("65:r002", "spring"): "'the spring administration of the exam' after 'said Tuesday': the past verb is read",
    ("65:r003", "fall"): "'fall classes will start Sept. 8': a season before a noun is not read",
    (
        "65:r003",
        "mid-March",
    ): "'a winter term that ends in mid-March' after a fall term: the academic year is not followed",
    (
        "65:r014",
        "Tuesday",
    ): "'Students will attend Tuesday through Friday': a schedule's days are read as dates, not a set",
    (
        "65:r014",
        "Friday",
    ): "'Students will attend Tuesday through Friday': a schedule's days are read as dates, not a set",
    (
        "65:r017",
        "Aug. 19",
    ): "'moves the first day of school to Aug. 19': the present 'moves' is not read after 'adds ... and'",
    (
        "65:r065",
        "the end of summer",
    ): "'grow sharply next spring before fading by the end of summer': not anchored to 'next spring'",
    (
        "65:r069",
        "the month",
    ): "'forecast 190,000 new jobs for the month' of a jobs report: the month reported is not followed",
    ("65:r070", "the decade"): "'the decade that just ended', said in January 2020: the relative clause is not read",
    (
        "65:r094",
        "the following week",
    ): "'until the following week' after 'next Tuesday, after the Labor Day weekend': counts from the weekend",
    (
        "65:r102",
        "September",
    ): "'had been betting on a rate cut as early as September': the past perfect is read as past",
    (
        "65:r104",
        "June",
    ): "'The election, ordered by officials in June, runs until Sept. 30': the aside's participle is not read",
    (
        "65:r106",
        "Monday@268",
    ): "'will put in four 10-hour days, Monday through Thursday': a schedule's days are read as dates",
    (
        "65:r106",
        "Thursday",
    ): "'will put in four 10-hour days, Monday through Thursday': a schedule's days are read as dates",
    ("65:r106", "Tuesday"): "'... or Tuesday through Friday': a schedule's days are read as dates, not a set",
    ("65:r106", "Friday"): "'... or Tuesday through Friday': a schedule's days are read as dates, not a set",
    ("66:r002", "today"): "'7 p.m. today' is one expression; the annotator tags 'today' apart",
    (
        "66:r011",
        "10 a.m.",
    ): "'A ribbon-cutting is planned for 10 a.m.' after an opening dated Wednesday two sentences back",
    ("66:r011", "noon"): "'allowed on the road at noon' after an opening dated Wednesday two sentences back",
    ("66:r092", "today"): "'3 p.m. today' is one expression; the annotator tags 'today' apart",
    ("66:r100", "2 a.m."): "'at 2 a.m. on Sunday' after 'the first week of November': the Sunday is put in that week",
    (
        "66:r100",
        "Sunday@560",
    ): "'at 2 a.m. on Sunday' after 'the first week of November': the Sunday is put in that week",
    (
        "67:r003",
        "The last full week of the decade",
    ): "'the last full week of the decade' is not read; only 'the decade' is",
    (
        "67:r023",
        "the next day",
    ): "'a transcript of a July 25 phone call the next day': counts from July 25, not the inquiry's day",
    (
        "67:r041",
        "Election Day",
    ): "'before Election Day' in a past clause, said in September: read as the Election Day past",
    (
        "67:r057",
        "May",
    ): "'May set another global heat record': 'May' before a verb in the past is left alone (Theresa May)",
    (
        "67:r058",
        "Wednesday",
    ): "'Here's the week ahead: inflation data on Wednesday': the label is not read as looking ahead",
    ("67:r064", "weekend"): "'five long reads for your weekend': a weekend after 'your' is not read",
    (
        "67:r104",
        "April 21",
    ): "'who died on April 21' after 'In 2013, cardinals needed ...': the year opening the paragraph frames it",
    ("68:r009", "6pm"): "'a ceasefire proposed on Monday evening was due to begin at 6pm': the clock takes Monday",
    (
        "68:r009",
        "16:00 GMT",
    ): "'a ceasefire proposed on Monday evening was due to begin at 6pm': the clock takes Monday",
    ("68:r039", "July"): "'GDP figures for the July-to-September period next Tuesday': a reported period is read ahead",
    (
        "68:r039",
        "September",
    ): "'GDP figures for the July-to-September period next Tuesday': a reported period is read ahead",
    ("68:r044", "quarterly"): "'quarterly' before a noun is left alone, as TBAQ does before 'dividend' (0 of 11)",
    ("68:r052", "the weekend"): "'warned of delays through the weekend' on a Tuesday: read as the weekend just past",
    ("68:r055", "April 19"): "'has fixed the 2024 examination for April 19': 'fixed' is not read as arranging",
    (
        "68:r055",
        "April 29",
    ): "'has fixed the 2024 examination for April 19 to April 29': 'fixed' is not read as arranging",
    (
        "68:r102",
        "the weekend",
    ): "'were advised to use the bridges over the weekend' on a Friday: read as the weekend past",
    ("68:r106", "05:00"): "'has suspended load-shedding from 05:00 on Saturday': the present perfect is read as past",
    (
        "68:r106",
        "Saturday",
    ): "'has suspended load-shedding from 05:00 on Saturday': the present perfect is read as past",
    ("69:r053", "Feb. 29"): "'all born on Feb. 29' is read as this year's Feb. 29, not any year's",
    (
        "69:r061",
        "that summer",
    ): "'a memoir about that summer' after 'Fifty years later': counts from the latest year, not 1968",
    (
        "69:r098",
        "11 a.m.",
    ): "'began handing out meals at 11 a.m.' after 'last Christmas Eve': the clock takes last year's day",
    ("69:r098", "6 p.m."): "'keep going until 6 p.m.' after 'last Christmas Eve': the clock takes last year's day",
    (
        "69:r100",
        "about 3 p.m.",
    ): "'Sato, who landed at about 3 p.m. after a 13-hour flight': read on the publication day",
    (
        "69:r101",
        "9 a.m.",
    ): "'The ceremony begins at 9 a.m.' for a ceremony on Saturday: the clock takes the publication day",
    (
        "69:r101",
        "the afternoon",
    ): "'reserved seats at a restaurant for the afternoon' of Saturday's ceremony: read as today",
    ("70:r020", "more than a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("70:r050", "nearly a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("70:r064", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("70:r089", "two decades"): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    ("70:r096", "more than a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "70:r096",
        "2 p.m.",
    ): "'Bidding opened at 2 p.m.' a paragraph after the auction 'Saturday': read on the publication day",
    (
        "70:r108",
        "the end of the month",
    ): "'at the end of the month' after 'rose 0.3% in March': read as the publication's month",
    (
        "70:r112",
        "the weekend",
    ): "'Deeds submitted ... over the weekend will be recorded': the participle is read as past",
    ("70:r112", "the following Monday"): "it counts from 'the weekend', read as the one just past",
    (
        "71:r020",
        "nearly three decades",
    ): "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE",
    (
        "71:r032",
        "about three years",
    ): "'will be exhausted in about three years': 'in N units' ahead is read as the date it lands on",
    (
        "71:r035",
        "a year earlier",
    ): "'the record set just a year earlier' after 'summer of 2024': read as last summer, not as the year",
    ("71:r043", "nearly a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("71:r062", "six decades"): "written P60Y, as TBAQ writes lengths in decades; the annotator gives only P6DE",
    (
        "71:r106",
        "a century",
    ): "written P100Y, as lengths in decades and centuries are written in years; the annotator gives P1CE",
    (
        "71:r106",
        "the next decade",
    ): "'over the next decade' is read as the 2020s, as TBAQ values 'over the next year' as a date (1 of 1)",
    (
        "71:r107",
        "late summer",
    ): "'Forecasters put the chance of an El Nino developing by late summer': 'put' is read as past",
    ("71:r108", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("72:r003", "tonight"): "'at 11:30 p.m. ET tonight' is read as one clock time, 'tonight' within it",
    (
        "72:r016",
        "an hour",
    ): "'a pre-show starting an hour earlier' is read as a time before 11 p.m.; the annotator tags a length",
    (
        "72:r017",
        "Sunday's",
    ): "a listing with no verb ('Sunday's picks: ... at 9 p.m.'): a bare weekday is read in the past",
    ("72:r017", "9 p.m."): "it takes the day of 'Sunday's', read in the past",
    ("72:r017", "10 p.m."): "it takes the day of 'Sunday's', read in the past",
    ("72:r050", "Thursday"): "'have averaged 31 million viewers ... through Thursday': 'through' reads the end ahead",
    (
        "72:r099",
        "11 a.m.",
    ): "'The final broadcast will run ... until 11 a.m.': the Friday named a paragraph before is not reached",
    (
        "72:r100",
        "1 p.m. ET",
    ): "'kicks off at 1 p.m. ET' after 'Thursday' a paragraph before: read on the publication day",
    ("72:r100", "4:30 p.m."): "'the second at 4:30 p.m.': it takes the day of '1 p.m. ET', read on the publication day",
    (
        "72:r100",
        "8:20 p.m.",
    ): "'the nightcap at 8:20 p.m.': it takes the day of '1 p.m. ET', read on the publication day",
    (
        "72:r102",
        "1 p.m.",
    ): "'Its pregame show goes on the air at 1 p.m.': the Sunday named paragraphs before is not reached",
    ("72:r103", "the foreseeable future"): "TimeBank/AQUAINT leave it unannotated (2 of 2), so we do too",
    (
        "73:r052",
        "the last day of the quarter",
    ): "'the last day of the quarter' on March 31: 'the quarter' is read as the last one ended, not this one",
    (
        "73:r102",
        "4 p.m. UTC",
    ): "'in the 24 hours to 4 p.m. UTC': the clock takes 'Tuesday', named in the paragraph before",
    (
        "74:r018",
        "about 5:15 p.m.",
    ): "'On this date ... In 1965, the blackout began at about 5:15 p.m.': read on the publication day",
    (
        "74:r038",
        "Christmas Eve",
    ): "'On Christmas Eve and Christmas Day 1914': the year after the second holiday is not carried back",
    (
        "74:r040",
        "more than three decades",
    ): "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE",
    ("74:r104", "that day"): "'time stopped on that day' in a quotation: counts from Thursday, the latest day named",
    (
        "74:r107",
        "the previous three decades",
    ): "written P30Y, as TBAQ writes lengths in decades; the annotator gives only P3DE",
    ("74:r108", "dusk"): "'At dusk' is read only before a weekday ('dusk Friday'); alone it is not read",
    (
        "74:r108",
        "8:40 a.m.",
    ): "'the reading of names begins at 8:40 a.m.' in a correction: it takes 'dawn Sunday', named before",
    (
        "74:r108",
        "8:30 a.m.",
    ): "'begins at 8:40 a.m., not 8:30 a.m.' in a correction: it takes 'dawn Sunday', named before",
    (
        "75:r013",
        "Sept. 20",
    ): "'asked ... to dissolve Parliament, triggering ... a Sept. 20 election': the past verb decides",
    (
        "75:r037",
        "January",
    ): "'reached a record ... for January to October', said on Dec. 31: a past clause may name next month",
    (
        "75:r070",
        "More than 72 hours",
    ): "'More than 72 hours later' is read as a point in time; the annotator tags the length",
    (
        "75:r072",
        "Labour Day",
    ): "'the day after Labour Day' is read as one expression; the annotator tags 'Labour Day' apart",
    (
        "75:r116",
        "Tonight",
    ): "'Tonight is about moving forward,' Tory told supporters: read on the publication day, not Monday",
    ("76:r007", "next season"): "a sports season is not read as a period",
    ("76:r015", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "76:r054",
        "more than two decades",
    ): "written P20Y, as TBAQ writes lengths in decades; the annotator gives only P2DE",
    ("76:r097", "Sunday"): "'who need another 258 runs ... on Sunday': 'need' after a team is not read as present",
    ("76:r099", "this season"): "a sports season is not read as a period",
    (
        "76:r100",
        "the afternoon",
    ): "'rain fell for most of the afternoon' of the Derby: it takes 'May 18', the day last named",
    ("76:r101", "a decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    (
        "76:r102",
        "Saturday@429",
    ): "'officials expect ... some 200,000 on Saturday': 'expect' with an object is not read as future",
    ("76:r102", "the past decade"): "written P10Y, as TBAQ writes lengths in decades; the annotator gives only P1DE",
    ("76:r104", "last season"): "a sports season is not read as a period",
    ("76:r104", "7 p.m."): "'the opening night session, which starts at 7 p.m.': the Aug. 29 opening is not reached",
    (
        "77:r047",
        "Summer",
    ): "'Summer officially starts today': a season opening a sentence without a preposition is not read",
    ("77:r060", "January"): "'In January, the town opened', said on Dec. 31: a past clause may name next month",
    ("77:r089", "May"): "'May has been the wettest month': 'May' before a verb is left alone (Theresa May)",
    ("77:r103", "6"): "'Santa arrives by fire truck at 6': a bare hour after 'at' alone is not read",
    ("77:r103", "7"): "'will play carols until 7': a bare hour after 'until' alone is not read",
    ("78:r009", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("78:r025", "fiscal 2017"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("78:r044", "fiscal year 2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "78:r050",
        "two weeks",
    ): "'one weekend a month and two weeks every summer': 'a month and two weeks' is read as one length",
    (
        "78:r064",
        "1:34 a.m.",
    ): "'at about 1:34 a.m.' (after 'early Wednesday' two sentences before) is put on the publication day",
    ("78:r069", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("78:r069", "fiscal 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("78:r069", "fiscal 2029"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("78:r071", "October"): "'stalled in Congress since October': read in the frame of 'This year', so October 2024",
    ("78:r089", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "79:r039",
        "fiscal 2023 first quarter",
    ): "read as two: 'fiscal 2023' as calendar 2023 and 'first quarter' as the last past one (2022-Q1)",
    ("79:r074", "late May"): "'idled much of that port ... starting in late May': read as the next May (2022-05)",
    ("79:r076", "quarterly"): "'declared a quarterly dividend': 'quarterly' before a noun is not read as a set",
    ("79:r088", "annual"): "'the state's annual sales tax holiday': 'annual' before a noun is not read as a set",
    (
        "79:r090",
        "a year earlier",
    ): "'up 7.5 percent from a year earlier' (Black Friday): the same calendar date a year back",
    (
        "80:r069",
        "two weeks later",
    ): "'closes two weeks later': it counts from 'Martin Luther King Jr. Day' (Jan. 19), the latest named",
    ("80:r089", "that date"): "'after that date': it counts from 'in August', the latest time named, not Jan. 25",
    ("81:r060", "7"): "'scheduled to start at 7': a bare hour without a.m./p.m. or o'clock is not read",
    (
        "81:r071",
        "the first weekend",
    ): "'headlined the first weekend of Coachella': an ordinal weekend of an event is not read",
    (
        "81:r073",
        "Friday",
    ): "'The three Chicago concerts, on Friday, Saturday and Sunday, follow': read as the Friday just past",
    ("81:r073", "Saturday"): "'on Friday, Saturday and Sunday': listed after 'Friday', it is read in the past like it",
    (
        "81:r073",
        "Sunday@209",
    ): "'on Friday, Saturday and Sunday': listed after 'Friday', it is read in the past like it",
    ("81:r080", "next weekend"): "'next weekend' said on a Monday is read as the weekend of next week (W50)",
    (
        "81:r087",
        "the end of the night",
    ): "'by the end of the night' is not read (only the end of a week, month or year is)",
    ("82:r008", "fiscal year 2017"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("82:r030", "April 30"): "'canceled all public meetings through April 30': the past verb decides (2019-04-30)",
    ("82:r042", "fiscal 2023"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "82:r068",
        "Wednesday morning",
    ): "'will begin the canvass ... Wednesday morning': read as the Wednesday just past (2016-11-09)",
    ("82:r068", "5 p.m. Monday"): "'had until 5 p.m. Monday': 'until' reads the day ahead (2016-11-21)",
    ("82:r078", "Friday"): "'with Friday's routes collected Saturday': read as the days just past",
    ("82:r078", "Saturday"): "'with Friday's routes collected Saturday': read as the days just past",
    (
        "82:r078",
        "the following week",
    ): "'the following week': it counts from 'Saturday', read as the Saturday just past",
    ("82:r084", "9 p.m."): "a clock time in recurring hours is given a date (a day named or the publication day)",
    ("82:r084", "5 a.m."): "a clock time in recurring hours is given a date (a day named or the publication day)",
    ("82:r093", "fiscal year 2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("83:r030", "Friday"): "'sparing the country a chaotic exit on Friday': the past verb 'granted' decides",
    (
        "83:r064",
        "the following weekend",
    ): "'the following weekend': read as the weekend of the week after 'Monday' (W47)",
    (
        "83:r074",
        "the previous evening",
    ): "'the previous evening': it counts from 'Friday night's attacks', the latest day named",
    ("83:r077", "the week"): "'during the week' is read as the current week (W16), not the strike week from 22 April",
    (
        "83:r084",
        "31 October",
    ): "'the Brexit deadline of 31 October': the past verb 'had not been due' decides (2018-10-31)",
    ("83:r085", "Friday"): "'Sentencing him on Friday' after '14 November 2023': read in the story's time (2023-11-17)",
    (
        "83:r089",
        "23 October 2025",
    ): "'on 23 October 2025 at 07:30 CEST' is read as one timestamp (TIME 2025-10-23T07:30)",
    (
        "83:r095",
        "earlier that evening",
    ): "'earlier that evening': it counts from 'died three days later' (16 Sept.), the latest day named",
    (
        "83:r095",
        "22:30",
    ): "'between 22:30 and 23:30 that night': it takes 'that night', counted from 'three days later'",
    (
        "83:r095",
        "23:30",
    ): "'between 22:30 and 23:30 that night': it takes 'that night', counted from 'three days later'",
    ("83:r095", "that night"): "'that night': it counts from 'died three days later' (16 Sept.), the latest day named",
    ("83:r097", "August"): "'would not have been triggered even in August': 'would' reads the month ahead (2023-08)",
    (
        "84:r061",
        "A year earlier",
    ): "'A year earlier': it counts from 'Aug. 31', the latest date named, not Tuesday's deadline",
    ("84:r077", "this season"): "'this season' (a sports season) is not read",
    (
        "84:r084",
        "Wednesday afternoon",
    ): "'By Wednesday afternoon, when contracts could finally be signed': read as next Wednesday",
    (
        "84:r090",
        "12:01 a.m. ET Thursday",
    ): "'with the moratorium set to end at 12:01 a.m. ET Thursday': read as next Thursday (07-16)",
    (
        "84:r090",
        "midnight",
    ): "'shortly after midnight': it takes the day of '12:01 a.m. ET Thursday', read ahead (07-16)",
    ("84:r091", "February"): "'Two years ago ... in December and ... in February': read in the year 2021",
    ("84:r091", "Feb. 7"): "'the traditional signing day Feb. 7': still read in the frame of 'Two years ago' (2021)",
    ("84:r092", "this season"): "'this season' (a sports season) is not read",
    (
        "84:r093",
        "midnight",
    ): "'at midnight': it takes the day of '12:01 a.m. Thursday' and writes its end (07-01T24:00)",
    (
        "84:r097",
        "the previous fiscal year",
    ): "'up 9% from the previous fiscal year' is not read (it has no year number)",
    ("85:r026", "March"): "'putting March on track': 'March on' is left alone, as it could be the verb",
    (
        "85:r041",
        "this year",
    ): "'the first day of this year's tournament' is read as 1 January ('the first day of this year')",
    (
        "85:r068",
        "January",
    ): "'Looking back at 2025: ... a surprise January release': read as the next January (2026-01)",
    (
        "85:r070",
        "12:02 a.m.",
    ): "'12:02 a.m. —' as an entry stamp is put on the publication day (12-31), not the day after",
    (
        "85:r080",
        "Election Day",
    ): "'with Election Day on Tuesday, March 3': read as the November general election (2026-11-03)",
    (
        "86:r024",
        "a year earlier",
    ): "'at the show a year earlier': counted to the day from 'Jan. 9', so 2023-01-09, not a month",
    (
        "86:r048",
        "Tuesday",
    ): "'when it reports third-quarter results on Tuesday': no tense is found; read as the Tuesday just past",
    ("86:r053", "quarterly"): "'switched to quarterly reporting': 'quarterly' before a noun is not read as a set",
    (
        "86:r070",
        "Tuesday",
    ): "'had been due to begin on Tuesday': a plan overtaken is read without tense, the Tuesday just past",
    ("86:r073", "May"): "'A similar shutdown last year ... ended in May': read as May 2025, the last past May",
    ("87:r016", "Nov. 19"): "'on the 2026 calendar remains Nov. 19': read in 2025, the year of publication",
    (
        "87:r060",
        "early November",
    ): "'Worlds returns next year ... in early November': read as the current month, Nov. 2024",
    ("87:r063", "7 p.m."): "'Monday, Wednesday and Friday — from 7 p.m.': the weekly time is put on 'Friday', Jan. 8",
    (
        "87:r063",
        "11 p.m. ET",
    ): "'Monday, Wednesday and Friday — ... to 11 p.m. ET': the weekly time is put on 'Friday', Jan. 8",
    (
        "87:r063",
        "Sunday morning",
    ): "'Her Sunday morning cooking stream': read as one date, the Sunday just past, not as a set",
    ("87:r065", "the final day"): "'played on the final day' (of the event) is not read",
    (
        "87:r073",
        "Friday",
    ): "'Apple had threatened to terminate ... by Friday': the past perfect makes it the Friday just past",
    ("87:r074", "the third"): "'but will now arrive in the third' (quarter): the elliptical 'the third' is not read",
    (
        "87:r085",
        "10 a.m. PT",
    ): "'next Tuesday's weekly reset ... at 10 a.m. PT': 'weekly' makes it a recurring time, with no date",
    (
        "87:r086",
        "a year earlier",
    ): "'won in Incheon a year earlier': counted from 'in August', the latest time named, so 2018-08",
    ("87:r090", "the foreseeable future"): "'for the foreseeable future' is not read",
    (
        "88:r030",
        "October",
    ): "'The State Department's October Visa Bulletin': a month before a capitalised noun is not read",
    ("88:r054", "January"): "'down from nearly 1,000 days in January': read as the next January (2024)",
    (
        "88:r073",
        "the fiscal year",
    ): "'Oct. 1, the start of the fiscal year': read with 'the start of' as 2024, the publication year",
    (
        "88:r087",
        "the fiscal year",
    ): "'by Sept. 30, 2025, when the fiscal year ends': read as 2024, the publication year",
    (
        "88:r092",
        "October",
    ): "'filed to renew her work permit in October': no tense is found; read as October 2022, still ahead",
    (
        "88:r092",
        "Tuesday",
    ): "'On Tuesday, USCIS said': read in the story's order, after 'two weeks later' (Feb. 28): March 1",
    (
        "89:r022",
        "Sunday night",
    ): "'Sunday night's total lunar eclipse ... will begin': read as the Sunday just past (Sept. 20)",
    (
        "89:r022",
        "10:11 p.m. EDT",
    ): "'will begin at 10:11 p.m. EDT': it takes the day of 'Sunday night', read as the Sunday just past",
    (
        "89:r022",
        "11:23 p.m.",
    ): "'and end at 11:23 p.m.': it takes the day of 'Sunday night', read as the Sunday just past",
    (
        "89:r073",
        "early Saturday morning",
    ): "'Forecasters expect the next high tide, early Saturday morning': read as the Saturday just past",
    (
        "89:r077",
        "an hour@104",
    ): "'start an hour earlier on the clock': read with 'earlier' as a time, an hour before '2 a.m. Sunday'",
    (
        "89:r087",
        "July 13",
    ): "'in 2011 it did not open until July 13': read in the frame of 'This year', so 2016, not 2011",
    ("89:r090", "1 p.m."): "'until 1 p.m. for the first three weeks' (each day): it takes the day of 'May 26'",
    (
        "90:r023",
        "midnight",
    ): "'by the midnight deadline' (shut down early Saturday): read as the midnight ending July 1",
    (
        "90:r032",
        "July 1",
    ): "'The state's fiscal year begins July 1': read as the next July 1 (2025), not as every July 1",
    (
        "90:r063",
        "Oct. 19",
    ): "'It was first set for Sept. 14, then pushed to Oct. 19': read as the next Oct. 19, in 2022",
    (
        "90:r066",
        "Tuesday",
    ): "'ordered ... held without bond pending a hearing Tuesday': the past verb makes it the last Tuesday",
    ("90:r071", "June"): "'Leaders ... said a special session in June is all but certain': 'said' makes it June 2014",
    (
        "90:r077",
        "hours",
    ): "'hours before a midnight deadline' is written PTXH, with the T that ISO 8601 puts before hours",
    ("90:r077", "midnight"): "'early Wednesday, hours before a midnight deadline': read as the midnight ending June 29",
    (
        "90:r080",
        "a week later",
    ): "'extended the suspension through April 30 a week later': counted from 'April 30', so May 7",
    (
        "90:r092",
        "90 days",
    ): "'Leaders hope to finish in 90 days': read as a date 90 days ahead (2021-03-31), not as a length",
    (
        "91:r009",
        "Easter",
    ): "'marked Ash Wednesday today ... leading up to Easter': the past 'marked' makes it Easter 2015",
    ("91:r009", "March 27"): "'marked ... leading up to Easter on March 27': the past 'marked' makes it March 27, 2015",
    (
        "91:r026",
        "9 a.m.",
    ): "'urging parishioners to watch the 9 a.m. service': it takes the day of 'said Sunday', March 15",
    (
        "91:r031",
        "7 p.m.",
    ): "'a Maundy Thursday service at 7 p.m.': put on April 7, the day of 'Good Friday' named after it",
    (
        "91:r072",
        "9 a.m.",
    ): "'Parishioners held the 9 a.m. service': put on the publication day (April 22), not on 'Sunday'",
    ("91:r081", "10 a.m."): "'The hunt ... begins at 10 a.m. sharp': put on the publication day, not on 'Saturday'",
    (
        "91:r081",
        "15 minutes later",
    ): "'followed 15 minutes later': counted from '10 a.m.', which is put on the publication day",
    (
        "91:r084",
        "6 a.m.",
    ): "'Lines now form as early as 6 a.m. ... each Thursday': put on the publication day, not as a set",
    (
        "91:r085",
        "Monday",
    ): "'Services continue on Monday and Tuesday': read as the next Monday (Sept. 9), not after Sept. 29",
    (
        "91:r085",
        "Tuesday",
    ): "'on Monday and Tuesday': joined to 'Monday' and read in the next week (Sept. 10), not after Sept. 29",
    (
        "91:r085",
        "about 7 p.m.",
    ): "'concluding with ... the break-fast at about 7 p.m.': put on Oct. 10, two days after Oct. 8",
    ("91:r093", "Eid"): "'Eid will fall on Wednesday': the bare holiday name 'Eid' is not read",
    (
        "91:r097",
        "2 p.m.",
    ): "'Performances ran from 2 p.m.': it takes the day of 'Diwali' (Oct. 20), the latest day named",
    ("91:r097", "10 p.m."): "'until well past 10 p.m.': it takes the day of 'Diwali' (Oct. 20), the latest day named",
    (
        "91:r099",
        "first Sunday in October",
    ): "'a rain-soaked first Sunday in October': read as two, 'Sunday' (Sept. 29) and 'October' (2023)",
    (
        "91:r099",
        "the second Sunday of October",
    ): "'will return to its old date next year, the second Sunday of October': read in 2024, not 2025",
    (
        "91:r101",
        "the following day",
    ): "'Lunar New Year arrives the following day': counted from Lunar New Year itself (Feb. 19): Feb. 20",
    (
        "91:r101",
        "Saturday",
    ): "'with a second seating on Saturday': no tense is found; read as the Saturday just past (Feb. 14)",
    (
        "91:r104",
        "about 11 days",
    ): "'Ramadan moves about 11 days earlier': read with 'earlier' as a date 11 days back, not a length",
    (
        "92:r011",
        "fiscal second-quarter",
    ): "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does",
    (
        "92:r012",
        "fiscal 2026 second quarter",
    ): "read as two: 'fiscal 2026' as calendar 2026 and 'second quarter' as the next one (2026-Q2)",
    (
        "92:r042",
        "10 a.m. Monday",
    ): "'The Memorial Day parade steps off at 10 a.m. Monday': read as the publication day, a Monday",
    ("92:r047", "Friday"): "'the December jobs report comes out Friday': read as the publication day itself, a Friday",
    (
        "92:r061",
        "the following week",
    ): "'a vote is expected the following week': counted from the publication week, so 2023-W40",
    (
        "92:r066",
        "Feb. 29",
    ): "'for children born on Feb. 29': read as the publication day (2016-02-29), not as any Feb. 29",
    (
        "92:r066",
        "The next Leap Day",
    ): "'The next Leap Day won't come until 2020': 'next Leap Day' is read as the publication day",
    ("92:r071", "one day"): "'trash pickup shifts one day later': read with 'later' as a date, the day after Nov. 29",
    (
        "92:r073",
        "the next week",
    ): "'a committee vote would follow the next week': read as the week after publication (2018-W31)",
    ("92:r076", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "92:r080",
        "the same day",
    ): "'would respond the same day': counted from 'Feb. 4', the latest date named, not March 4",
    (
        "92:r095",
        "midnight Tuesday",
    ): "'were racing Monday ... before a deadline at midnight Tuesday': 'were' makes it last Tuesday",
    (
        "93:r003",
        "the first week of the new year",
    ): "'the first week of the new year': only 'the new year' (2000) is read",
    ("93:r051", "Weekend"): "'Weekend rains brought some relief': 'Weekend' before a noun is not read",
    ("93:r052", "today"): "'today it runs a single shift' (nowadays): read as the publication day",
    ("93:r068", "the full fiscal year"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "93:r072",
        "Tuesday night",
    ): "'Tickets for Game 3, on Tuesday night ..., were being offered': 'were' makes it last Tuesday",
    ("93:r072", "October"): "'met in October, in 1956': the year after it is not taken; read as October 2000",
    (
        "93:r074",
        "about 8:15 a.m.",
    ): "'spotted smoke ... at about 8:15 a.m.': it takes the day of 'Monday' (Feb. 14), the latest named",
    (
        "93:r081",
        "Saturday night",
    ): "'began on New Year's Day and continued into Saturday night': read as the Saturday just past",
    (
        "93:r083",
        "this weekend",
    ): "'could be lifted as early as this weekend' (said Monday): read as the weekend just past",
    (
        "93:r090",
        "6:45 a.m.",
    ): "'The first plane left at 6:45 a.m.': it takes the day of 'Christmas Day', the latest day named",
    (
        "93:r093",
        "Monday morning",
    ): "'both sides agreed to meet again Monday morning': the past 'agreed' makes it the Monday just past",
    (
        "94:r003",
        "Thursday",
    ): "'What's next: a floor vote Thursday': no tense is found; read as the Thursday just past (Feb. 27)",
    (
        "94:r003",
        "the following week",
    ): "'the House out the following week': counted from 'Thursday', read as Feb. 27, so 2025-W10",
    ("94:r010", "Tax Day"): "'Tax Day is Tuesday this year': 'Tax Day' is not read as a date",
    ("94:r010", "the 15th"): "'because the 15th falls on a Sunday': a bare day 'the 15th' after 'April 15' is not read",
    (
        "94:r010",
        "Emancipation Day",
    ): "'Monday is Emancipation Day in D.C.': D.C.'s Emancipation Day (April 16) is not read",
    ("94:r015", "Thursday"): "'Markets are open Wednesday but closed Thursday': 'closed' is read as past, so Dec. 25",
    ("94:r020", "Fourth"): "'Hope you had a safe Fourth': 'Fourth' alone is not read as the Fourth of July",
    (
        "94:r020",
        "Friday",
    ): "'rulings on Friday are still reverberating': a present clause takes the nearest Friday (July 7)",
    ("94:r023", "H2"): "'H2' without a year is not read ('H2' alone is also hydrogen)",
    (
        "94:r045",
        "fiscal second-quarter",
    ): "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does",
    (
        "94:r046",
        "fiscal first quarter",
    ): "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does",
    ("94:r049", "soon"): "TBAQ leaves 'soon' unannotated 13 times of 18",
    ("94:r055", "Tue"): "'• Tue: January CPI': the abbreviated weekday 'Tue' is not read",
    (
        "94:r055",
        "8:30 a.m. ET",
    ): "'• Tue: January CPI, 8:30 a.m. ET': 'Tue' is not read, so the time is put on the publication day",
    ("94:r055", "Wed"): "'• Wed: Fed chair testifies': the abbreviated weekday 'Wed' is not read",
    ("94:r055", "Thu"): "'• Thu: Retail sales': the abbreviated weekday 'Thu' is not read",
    (
        "94:r055",
        "Next Mon",
    ): "'• Next Mon: Markets closed': the abbreviated weekday 'Mon' is not read, with or without 'Next'",
    ("94:r060", "a month"): "'The shutdown nears a month': read as a rate (a set), not as a length",
    (
        "94:r060",
        "Friday",
    ): "'Federal workers miss another paycheck Friday': a present clause takes the nearest Friday (Oct. 24)",
    (
        "94:r065",
        "hours",
    ): "'within hours of the swearing-in' is written PTXH, with the T that ISO 8601 puts before hours",
    (
        "94:r070",
        "January",
    ): "'Ballots it took to elect a House speaker in January': no tense is found; read as January 2024",
    (
        "94:r070",
        "November@342",
    ): "'Next year, with a presidential election in November': the year is not passed on; read as Nov. 2023",
    ("94:r071", "A year ago this Thursday"): "read as two: 'A year ago' (2021) and 'this Thursday' (Jan. 6, 2022)",
    (
        "94:r074",
        "Wednesday",
    ): "'leads ... the latest poll, taken Wednesday through Friday': the present takes the nearest, May 4",
    (
        "94:r074",
        "Friday",
    ): "'taken Wednesday through Friday': the end of the range follows 'Wednesday', read as May 4: May 6",
    ("94:r076", "the fiscal year"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "94:r076",
        "Sept. 25",
    ): "'Flashback: Last year, ... passed Sept. 25': after a label, 'Last year' frames nothing; read in 2025",
    ("94:r078", "hours"): "'signed his first executive order hours after': a bare plural after a noun is left alone",
    ("94:r080", "hours"): "'Within hours he endorsed' is written PTXH, with the T that ISO 8601 puts before hours",
    (
        "94:r082",
        "a year earlier",
    ): "'up 3% from a year earlier in June': counted from 'the second quarter' before it, so 2022-Q2",
    (
        "95:r012",
        "11 a.m. local time",
    ): "'begins Sunday ... at 11 a.m. local time': 'local time' is left out; put on the publication day",
    (
        "95:r057",
        "Sunday",
    ): "'came less than 48 hours before kickoff on Sunday': the past verb makes it the Sunday just past",
    ("95:r059", "the end of fiscal 2021"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "95:r063",
        "6:15 p.m. Paris time",
    ): "'the team final at 6:15 p.m. Paris time': it takes the day of 'Wednesday morning', the latest named",
    ("95:r063", "12:15 p.m. ET"): "'(12:15 p.m. ET)': it takes the day of 'Wednesday morning', the latest day named",
    ("95:r079", "fiscal 2017"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "95:r097",
        "May 31",
    ): "'the final is in Munich on May 31': a present clause takes the nearest May 31 (2024), not 2025",
    ("95:r099", "6 a.m."): "'to 6 a.m. on Saturday': it takes the day of 'Saturday', read as the Saturday just past",
    (
        "95:r099",
        "Saturday",
    ): "'Organisers moved the start ... to 6 a.m. on Saturday': the past 'moved' makes it the last Saturday",
    (
        "95:r099",
        "7 a.m.",
    ): "'had been scheduled for 7 a.m.': it takes the day of 'Saturday', read as the Saturday just past",
    (
        "97:r008",
        "9 p.m. Sunday",
    ): "'on Sunday ordered ... to close ... at 9 p.m. Sunday': 'to close' looks ahead, so March 22",
    ("97:r029", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "97:r093",
        "Oct. 8",
    ): "'illnesses starting on dates from Oct. 8': 'starting' is read as looking ahead, so Oct. 8, 2019",
    ("97:r093", "Oct. 31"): "'from Oct. 8 to Oct. 31': the end of the range follows 'Oct. 8', read in 2019",
    (
        "97:r095",
        "Monday",
    ): "'the district manager agreed to meet with them on Monday': the past 'agreed' makes it last Monday",
    (
        "97:r102",
        "the first weekend",
    ): "'through Dec. 11. Tickets for the first weekend': counted from 'Dec. 11', the latest day named",
    (
        "97:r103",
        "the next month",
    ): "'For the next month': read as a date, the month after publication (2024-04), not as a length",
    ("97:r103", "3 a.m."): "a clock time in recurring hours is given a date (a day named or the publication day)",
    ("98:r013", "midnight"): "'every hour through midnight': 'every hour' makes it a recurring time, with no date",
    ("98:r022", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("98:r042", "fiscal 2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "98:r062",
        "the following Sunday evening",
    ): "'Cyber Monday sale then starts the following Sunday evening': counted from 'Cyber Monday': Dec. 8",
    ("98:r067", "a year earlier"): "year-over-year anaphora counts from the month just named, not the report's",
    (
        "98:r071",
        "three to four weeks",
    ): "'three to four weeks before': the range's start is not read; 'four weeks before' is read as a date",
    (
        "98:r083",
        "8 a.m. Friday",
    ): "'a second round of deals begins at 8 a.m. Friday': read as the publication day, a Friday",
    (
        "98:r084",
        "that month",
    ): "'fell 78.8% that month': counted from 'Friday' (May 15), the latest date named, not April",
    ("98:r084", "a year earlier"): "year-over-year anaphora counts from the month just named, not the report's",
    ("98:r085", "hours"): "'within hours of opening' is written PTXH, with the T that ISO 8601 puts before hours",
    ("98:r094", "the 2025 financial year"): "'the 2025 financial year': only '2025' is read, as the calendar year",
    (
        "98:r094",
        "September",
    ): "'if the weakness continued through September': the past 'continued' makes it September 2023",
    ("99:r014", "days"): "'outages lasting weeks, not days': a bare plural after 'not' is not read",
    (
        "99:r016",
        "the third quarter",
    ): "'bills issued beginning in the third quarter': the participle 'issued' makes it 2014-Q3",
    ("99:r042", "Dec. 14"): "'must rule within 10 months of the Dec. 14 filing': 'must' looks ahead, so Dec. 14, 2019",
    ("99:r054", "July"): "'contractors were booking repairs into July': the past 'were' makes it July 2015",
    (
        "99:r059",
        "Tuesday",
    ): "'warned that another shutoff was possible as early as Tuesday': the past 'was' makes it last Tuesday",
    (
        "99:r071",
        "the following week",
    ): "'Bills will be mailed the following week': counted from 'this week' (W01), not 'the week of Jan. 8'",
    (
        "99:r073",
        "A year earlier",
    ): "'the previous record of nine set in 1916. A year earlier': counted from 1916, the latest year named",
    ("99:r104", "6 a.m."): "a clock time in recurring hours is given a date (a day named or the publication day)",
    (
        "99:r104",
        "8 a.m. local time",
    ): "a clock time in recurring hours is given a date (a day named or the publication day)",
    (
        "99:r105",
        "a year later",
    ): "'takes effect a year later, on Jan. 1, 2020': read at year granularity as 2019, a year after 2018",
    (
        "100:r012",
        "minutes",
    ): "'crashed into a Queens neighborhood minutes after takeoff': a bare plural after a noun is left alone",
    (
        "100:r012",
        "two months and a day",
    ): "'two months and a day after the Sept. 11 attacks': read as two lengths, P2M and P1D",
    (
        "100:r024",
        "that morning",
    ): "'Eight years ago, ... that morning': counted from 'Friday' (Sept. 11, 2009), the latest day named",
    ("100:r043", "noon"): "'the shooting began shortly after noon': it takes the day of 'Monday', the latest day named",
    (
        "100:r050",
        "midafternoon",
    ): "'By midafternoon, ... troops had moved': it takes the day of 'Wednesday', the latest day named",
    (
        "100:r052",
        "last Thursday",
    ): "'last Thursday', written on a Friday: read as the day before (Sept. 8), not a week earlier",
    ("100:r052", "that day"): "'learned only that day': counted from 'last Thursday', read as Sept. 8",
    ("100:r064", "soon"): "TBAQ leaves 'soon' unannotated 13 times of 18",
    ("100:r083", "hours"): "'ending hours of uncertainty': a bare plural before 'of' is left alone (TBAQ is split)",
    (
        "100:r086",
        "Tuesday",
    ): "'flew ... five days before Tuesday's primary': in a past clause, the nearest Tuesday (Jan. 1)",
    (
        "101:r015",
        "February",
    ): "'the bills mailed in February': the participle 'mailed' makes it the last February (2025)",
    (
        "101:r017",
        "Saturday afternoon",
    ): "'June 14, 1923: ... was opened to traffic Saturday afternoon': read as the Saturday after, June 16",
    (
        "101:r032",
        "7 p.m.",
    ): "'Village council, 7 p.m. June 13 — ...': the time and the next entry's date are read as one",
    (
        "101:r032",
        "June 13",
    ): "'Village council, 7 p.m. June 13 — ...': the time and the next entry's date are read as one",
    (
        "101:r078",
        "4 p.m.",
    ): "'2 to 4 p.m. and 6 to 8 p.m. Friday': '4 p.m.' does not take 'Friday'; put on the publication day",
    (
        "101:r081",
        "early Tuesday morning",
    ): "'Jan. 22, 1997: Fire destroyed ... early Tuesday morning': read as the Tuesday after, Jan. 28",
    ("101:r081", "summer"): "a story years back told after one date in it: later dates are read from the publication",
    (
        "101:r081",
        "Monday night",
    ): "a story years back told after one date in it: later dates are read from the publication",
    (
        "101:r087",
        "Monday",
    ): "'was set to begin Monday but was pushed back': 'set to' is read as a plan, the next Monday (Oct. 7)",
    (
        "101:r090",
        "the following Saturday",
    ): "'The winner will play the following Saturday': counted from 'Friday' (Nov. 8), the latest day named",
    (
        "101:r091",
        "Saturday night",
    ): "'The demolition derby ... follows on Saturday night': no tense is found; read as last Saturday",
    (
        "101:r094",
        "the next weekend",
    ): "'advancing to state the next weekend': read as the weekend after publication (2017-W26)",
    ("101:r096", "4.30pm"): "'from 4.30pm' a paragraph after 'this Saturday, 2 December': read on the publication day",
    (
        "101:r100",
        "midnight",
    ): "'from 9 p.m. to 1 a.m. ... at midnight': it takes the day of '1 a.m.' (Jan. 1), so the end of Jan. 1",
    (
        "101:r101",
        "Tuesday",
    ): "'split a pair of games last week, beating Ada ... on Tuesday': read as this week's Tuesday, Jan. 24",
    ("102:r010", "minutes"): "'called off minutes before tipoff': bare 'minutes' with no number is not read",
    ("102:r050", "Saturday"): "'after Saturday's game': no tense is found; read as the Saturday just past (May 27)",
    (
        "102:r066",
        "Christmas Day",
    ): (
        "'had beaten Milwaukee on Christmas Day': read as Christmas of the publication year (2024-12-25), not "
        "the year-earlier one"
    ),
    ("102:r075", "A year earlier"): "'A year earlier' is counted from 'the April draft', so 2014-04",
    (
        "102:r081",
        "that Friday",
    ): "'will not play until that Friday': read as the Friday of the current week (March 6), not the week of March 11",
    (
        "102:r082",
        "Monday night",
    ): (
        "'one Monday night': read as the night of the publication day, Monday Jan. 5 (2026-01-05TNI), not the "
        "following Monday"
    ),
    (
        "102:r094",
        "7 p.m. next Tuesday",
    ): (
        "'7 p.m. next Tuesday' is read as two expressions: '7 p.m.' on Feb. 25 and 'next Tuesday' as the next "
        "day, Feb. 25"
    ),
    (
        "102:r095",
        "Jan. 3",
    ): "'On Jan. 3, St. Louis was last': read as the coming Jan. 3 (2020-01-03), not Jan. 3 of 2019",
    ("102:r095", "Five months later"): "'Five months later' is counted from 'Jan. 3' read as 2020-01-03, so 2020-06",
    ("102:r095", "June 12"): "'on June 12' takes the year 2020 from 'Jan. 3' read as 2020-01-03, so 2020-06-12",
    ("103:r015", "June 30"): "'fiscal year ends on June 30' (every year) is read as the next June 30, 2026-06-30",
    (
        "103:r028",
        "Thursday",
    ): "'scheduled to expire at midnight on Thursday': read as the coming Thursday (July 7), not the day before",
    ("103:r029", "weeks"): "'within weeks': bare 'weeks' with no number is not read",
    (
        "103:r059",
        "Friday",
    ): (
        "'had until Friday to improve its bid': read as the coming Friday (Sept. 6), not the Friday after "
        "'last Wednesday'"
    ),
    ("103:r073", "the same period of 2024"): "'the same period of 2024': only '2024' is tagged, as the year 2024",
    (
        "103:r074",
        "about six months",
    ): "'exit bankruptcy in about six months' is read as a date six months ahead (2022-05), not a duration",
    (
        "104:r009",
        "the same day",
    ): "'released the same day' is counted from 'late August', the latest date named, so 2023-08-XX",
    (
        "104:r015",
        "about 8:20 p.m.",
    ): "'The blaze started at about 8:20 p.m.': put on the last day mentioned, 'Sunday' (Sept. 28), not 'Friday night'",
    (
        "104:r034",
        "that Friday",
    ): "'that Friday' is anchored to 'Nov. 8, a Friday', so Nov. 8, not the Friday after 'the following Monday'",
    (
        "104:r040",
        "23:59:60 UTC",
    ): "'23:59:60 UTC on Dec. 31': only '23:59' is tagged, put on New Year's Day (2017-01-01T23:59)",
    (
        "104:r040",
        "01:35 UTC",
    ): "'fully fixed by 01:35 UTC': put on the last date mentioned, 'Dec. 31', so 2016-12-31T01:35",
    (
        "104:r045",
        "the first quarter",
    ): "'after a slow start in the first quarter': read as the coming first quarter (2026-Q1), not the one just past",
    ("104:r059", "Monday"): "'would not say Monday whether': read as the coming Monday (April 2), not the day before",
    (
        "104:r065",
        "22:47",
    ): (
        "'22:47 - Automated alarms fire' (timeline entry) is put on the publication day, 2023-03-06, not "
        "'Friday, March 3'"
    ),
    (
        "104:r065",
        "23:05",
    ): "'23:05 - Engineers identify' (timeline entry) is put on the publication day, 2023-03-06, not 'Friday, March 3'",
    (
        "104:r065",
        "01:30",
    ): (
        "'01:30 - Affected hosts are drained' (timeline entry) is put on the publication day, 2023-03-06, not "
        "after midnight on March 4"
    ),
    (
        "104:r065",
        "03:10",
    ): "'03:10 - All volumes are healthy' (timeline entry) is put on the publication day, 2023-03-06, not on March 4",
    (
        "104:r088",
        "Saturday",
    ): (
        "'appeared to have begun as early as Saturday': read as the coming Saturday (June 3), not the one "
        "just past (May 27)"
    ),
    ("104:r107", "annual"): "'Our annual change freeze': 'annual' is not read",
    (
        "104:r108",
        "the fiscal first quarter",
    ): "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does",
    ("104:r108", "April 1"): "'whose fiscal year begins April 1' (every year) is read as the next April 1, 2025-04-01",
    ("104:r108", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("104:r108", "May"): "'down from a May forecast': 'May' is not read",
    (
        "104:r108",
        "the second quarter",
    ): "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does",
    ("105:r021", "summer"): "'The summer book will be released in October': 'summer' is not read",
    (
        "105:r029",
        "its fiscal third quarter",
    ): (
        "'fiscal third quarter' is tagged without 'its'; fiscal quarters are written as calendar ones (Q1 of "
        "FY2025 -> 2025-Q1), as TBAQ does"
    ),
    (
        "105:r031",
        "a year earlier",
    ): "'fell 38% from a year earlier' is counted from '2023' (finishing 2023 on the chart), so 2022, not January 2023",
    (
        "105:r050",
        "A year earlier",
    ): "'A year earlier' is counted from the publication date, so 2024-06-17, not from 'May'",
    ("105:r061", "Tuesday"): "'before Tuesday's election': read as the Tuesday just past (Nov. 1)",
    ("105:r079", "annual"): "'Forbes' annual list': 'annual' is not read",
    ("105:r104", "annual"): "'the annual World Happiness Report': 'annual' is not read",
    (
        "105:r110",
        "Tuesday",
    ): "'Tuesday's finale': read as the Tuesday just past (May 30), not the Tuesday of 'the week of May 22'",
    ("106:r037", "midnight"): "'Shortly after midnight' is tagged as a whole and put on 'June 5', so 1944-06-05T00:00",
    ("106:r065", "the new decade"): "'As the new decade dawned Wednesday': 'the new decade' is not read",
    ("106:r065", "the Roaring Twenties"): "'a repeat of the Roaring Twenties': not read",
    ("106:r069", "3 p.m."): "'at 3 p.m. on May 8': put on May 8 of the publication year, so 2020-05-08T15:00, not 1945",
    ("106:r069", "May 8"): "'on May 8' is read in the publication year (2020-05-08), not in 1945 from 'May 7, 1945'",
    ("106:r069", "that night"): "'that night' is anchored to 'May 8' read as 2020-05-08, so 2020-05-08TNI",
    ("106:r072", "this decade"): "'before this decade is out' (quoted 1961 speech) is read as the current decade (202)",
    ("106:r096", "noon"): "'I'd be dead by noon' (in the quote) is put on 'Tuesday' (June 4), so 2024-06-04T12:00",
    (
        "106:r099",
        "8:52 a.m.",
    ): "'The exchange took place at 8:52 a.m.': put on the last date mentioned, 'May 1, 1960', so 1960-05-01T08:52",
    (
        "107:r002",
        "yr ago",
    ): "'$0.28 yr ago' is tagged with the number as '0.28 yr ago', an offset of 0.28 years back (2023-07)",
    (
        "107:r005",
        "fiscal Q4",
    ): (
        "only 'Q4' is tagged, without 'fiscal'; fiscal quarters are written as calendar ones (Q1 of FY2025 -> "
        "2025-Q1), as TBAQ does"
    ),
    ("107:r021", "Today"): "'Today only: free coffee': 'Today' is not read",
    (
        "107:r042",
        "2 a.m.",
    ): "'2 a.m.–9 a.m. Sat.': the start of the range, '2 a.m.', is put on the publication day (Oct. 27), not Saturday",
    (
        "107:r042",
        "9 a.m. Sat.",
    ): "'Frost advisory 2 a.m.–9 a.m. Sat.': '9 a.m. Sat.' is read as the Saturday just past (Oct. 21)",
    (
        "107:r052",
        "Tuesday",
    ): "'markets closed Tuesday, reopen Wednesday': 'Tuesday' is read as the Tuesday just past (Dec. 18)",
    (
        "107:r052",
        "Wednesday",
    ): "'markets closed Tuesday, reopen Wednesday': 'Wednesday' is read as the Wednesday just past (Dec. 19)",
    ("107:r067", "hours"): "'names JD Vance as his running mate hours before': bare 'hours' with no number is not read",
    (
        "107:r068",
        "10:50 p.m. ET",
    ): "'10:50 p.m. ET — Trump wins Florida' under 'TUESDAY NIGHT' is put on the publication day, so 2016-11-09T22:50",
    (
        "107:r073",
        "Monday",
    ): "'from 6 p.m. Sunday through 7 p.m. Monday': 'Monday' is read as the Monday just past (Feb. 23)",
    (
        "107:r073",
        "Tuesday",
    ): "'suspended Monday and Tuesday': 'Tuesday' follows 'Monday' into the week just past, so Feb. 24",
    (
        "107:r081",
        "Friday",
    ): "'6-10 inches possible Friday into Saturday': 'Friday' is read as the Friday just past (Dec. 19)",
    ("107:r081", "Saturday"): "'possible Friday into Saturday': 'Saturday' is read as the Saturday just past (Dec. 20)",
    ("107:r081", "that night"): "'that night' is anchored to 'Saturday' read as Dec. 20, so 2025-12-20TNI",
    ("107:r091", "September"): "'price in a September rate cut': read as the September just past (2023-09)",
    (
        "108:r005",
        "Sunday evening",
    ): (
        "'on Sunday evening': read as the coming Sunday (May 15), not the Sunday of the festival weekend "
        "after 'Friday, May 20'"
    ),
    (
        "108:r011",
        "the final weekend",
    ): (
        "'the final weekend will feature free admission': read as the coming weekend (2018-W02-WE), not the "
        "one ending March 25"
    ),
    ("108:r026", "7:30"): "'Doors 6:30 p.m., show 7:30': '7:30' without a.m./p.m. is not read",
    (
        "108:r028",
        "2 a.m.",
    ): "'Free shuttles will run every 15 minutes until 2 a.m.': read as a recurring time, XXXX-XX-XXT02:00",
    ("108:r032", "Friday"): "'Friday-Sunday, 7-10 p.m.': 'Friday' is read as the Friday just past (Oct. 22)",
    ("108:r032", "Sunday"): "'Friday-Sunday': 'Sunday' continues from 'Friday' read as Oct. 22, so Oct. 24",
    (
        "108:r034",
        "the following day",
    ): "'resume the following day': counted from 'Sunday' (Jan. 19) of the hours 'Tuesday through Sunday', so Jan. 20",
    (
        "108:r039",
        "Sunday",
    ): "'Last admission Sunday is 4:30': read as the Sunday just past (Feb. 8), not the Sunday of 'this weekend'",
    (
        "108:r047",
        "Saturday",
    ): "'Saturday's sold-out concert ... has been postponed': read as the Saturday just past (April 28)",
    (
        "108:r050",
        "Saturday",
    ): "'open Saturday through Monday': 'Saturday' is read as a set, every Saturday (XXXX-WXX-6)",
    ("108:r050", "Monday"): "'open Saturday through Monday': 'Monday' is read as a set, every Monday (XXXX-WXX-1)",
    (
        "108:r051",
        "midnight",
    ): (
        "'fireworks over the river at midnight': put on Jan. 1 after '12:30 a.m.', so 2025-01-01T24:00, the "
        "end of New Year's Day"
    ),
    ("108:r052", "Sunday"): "'three services Sunday': read as the Sunday just past (April 14), not Easter Sunday",
    (
        "108:r053",
        "a week",
    ): (
        "'online for a week afterward' is tagged as a whole, as a date a week after 'July 3' (2020-07-10), "
        "not a duration"
    ),
    ("108:r053", "spring"): (
        "'will decide on its spring season' in June: read as the spring just over (2020-SP), not the next"
    ),
    (
        "108:r058",
        "the final Sunday",
    ): "'the final Sunday': only 'Sunday' is tagged; no tense is found, so read as the Sunday just past (Aug. 8)",
    (
        "108:r062",
        "5 p.m.",
    ): "'a 5 p.m. Mass on Saturday': put on that 'Saturday', read as the Saturday just past (Oct. 6)",
    ("108:r062", "Saturday@121"): "'a 5 p.m. Mass on Saturday': 'Saturday' is read as the Saturday just past (Oct. 6)",
    (
        "108:r065",
        "6 p.m.",
    ): (
        "'On opening night, the tree lighting is set for 6 p.m.': put on the last date mentioned, 'Dec. 23', "
        "not 'Nov. 29'"
    ),
    (
        "108:r065",
        "30 minutes later",
    ): "'30 minutes later' is counted from '6 p.m.' read as Dec. 23, so 2024-12-23T18:30",
    (
        "108:r068",
        "an hour",
    ): (
        "'close an hour earlier' is tagged as a whole, as the time one hour before '2 a.m. Sunday' "
        "(2022-11-06T01:00), not a duration"
    ),
    (
        "108:r082",
        "The first weekend",
    ): (
        "'The first weekend sold out': read as the weekend just past (2017-W47-WE), not the first weekend "
        "after 'Friday'"
    ),
    (
        "108:r095",
        "9 a.m.",
    ): (
        "'the first on Monday at 9 a.m. and the rest on the first of each month': read as a recurring time, "
        "XXXX-XX-XXT09:00"
    ),
    ("108:r098", "fiscal 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    (
        "108:r098",
        "the first quarter of the fiscal year",
    ): (
        "'the first quarter of the fiscal year' is read as two expressions: 'the first quarter' (2024-Q1) and "
        "'the fiscal year' (2023)"
    ),
    (
        "108:r101",
        "that Friday",
    ): (
        "'Snow sculpting begins that Friday': read as the Friday after 'Jan. 25' (Jan. 31), not the Friday of "
        "that weekend"
    ),
    ("108:r101", "9 a.m."): "'that Friday at 9 a.m.': follows 'that Friday' read as Jan. 31, so 2020-01-31T09:00",
    (
        "108:r101",
        "the following afternoon",
    ): "'the following afternoon' is counted from 'that Friday' read as Jan. 31, so 2020-02-01TAF",
    (
        "108:r103",
        "noon",
    ): "'noon to midnight Sun.': 'noon' is put on Monday, Jan. 4 (2016-01-04T12:00), not Sunday, Jan. 3",
    (
        "109:r005",
        "midnight",
    ): "'under new Tier 4 rules from midnight': put on 'Christmas' (Dec. 25), so 2020-12-25T24:00",
    ("109:r028", "a year earlier"): "'Compared with a year earlier' is counted from 'March', so 2020-03, not April",
    ("109:r029", "Jan. 18"): "'on Jan. 18' is read in the publication year (2021-01-18), not 2020 from 'Jan. 23, 2020'",
    (
        "109:r029",
        "the Lunar New Year",
    ): "'China marked the Lunar New Year' is read as the 2021 holiday (Feb. 12), not 2020's (Jan. 25)",
    ("109:r046", "Sunday"): "'had been due to expire on Sunday': read as the Sunday just past (Feb. 7)",
    (
        "109:r051",
        "the following evening",
    ): (
        "'the following evening' is counted from the discharge 'on Sunday' (April 12), so 2020-04-13TEV, not "
        "from the admission"
    ),
    (
        "109:r069",
        "5pm the previous day",
    ): (
        "'5pm the previous day' is read as two expressions, '5pm' and 'the previous day', both on April 9, "
        "counted from 'Friday's'"
    ),
    (
        "109:r093",
        "the fiscal fourth quarter",
    ): "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does",
    ("110:r008", "the afternoon"): "'for much of the afternoon' (of Friday's cancellations) is not read",
    ("110:r024", "Thursday"): (
        "'expects to screen ... from Thursday through Tuesday': 'expects' sets future tense, so read as the "
        "coming Thursday (May 30)"
    ),
    ("110:r024", "Tuesday"): (
        "'from Thursday through Tuesday' is continued from the future Thursday (May 30), so read as June 4"
    ),
    ("110:r026", "midnight Friday"): (
        "'a midnight Friday deadline' after 'passed': Friday is the publication day (May 17) and midnight its "
        "start, 2024-05-16T24:00"
    ),
    ("110:r044", "the fall"): (
        "'could be extended into the fall, officials said': past tense from 'said' applies, so read as the "
        "fall before (2024-FA)"
    ),
    ("110:r055", "5 p.m."): (
        "'first until 5 p.m.' is put on the publication day (2024-08-09T17:00), not on '3:40 p.m. Thursday' (Aug. 8)"
    ),
    ("110:r055", "6:15 p.m."): (
        "'then until 6:15 p.m.' stays on the publication day (2024-08-09T18:15), not the Thursday of the ground stop"
    ),
    ("110:r055", "8 p.m."): (
        "'By 8 p.m.' stays on the publication day (2024-08-09T20:00), not the Thursday of the storms"
    ),
    ("110:r058", "6 a.m."): (
        "'flights between 6 a.m. and 10 p.m.' (a daily window) is put on the last date mentioned, Nov. 14 "
        "(2025-11-14T06:00)"
    ),
    ("110:r058", "10 p.m. local time"): (
        "'10 p.m. local time' is found as '10 p.m.' only and put on Nov. 14 (2025-11-14T22:00), not read as a "
        "daily time"
    ),
    ("110:r060", "6 p.m. Friday"): (
        "'pulling into her driveway at 6 p.m. Friday' is read as the Friday just past (July 21), not the one "
        "after Thursday, July 6"
    ),
    ("110:r060", "A week later"): "'A week later' is counted from the Friday found (July 21), so 2023-07-28",
    ("110:r074", "11 p.m."): (
        "'curfew bars scheduled takeoffs between 11 p.m. and 6 a.m.' is put on the publication day "
        "(2022-04-12T23:00), not read as daily"
    ),
    ("110:r074", "6 a.m."): (
        "'and 6 a.m.' in the curfew range is put on the publication day (2022-04-12T06:00), not read as daily"
    ),
    ("110:r081", "soon"): "'will soon let passengers stream movies': 'soon' is not read",
    ("110:r093", "9"): "'by 9 I was at my desk': the bare number 9 is not read as a time",
    ("110:r094", "August"): (
        "'was halted in August' after 'began in January 2020': read as the August nearest that month, 2019-08"
    ),
    ("110:r102", "8:40"): (
        "'every night at 8:40' is read as a recurring 08:40 (XXXX-XX-XXT08:40); 'night' does not make it p.m."
    ),
    ("111:r015", "Tuesday"): (
        "'has set aside 90 minutes for arguments Tuesday': past tense of 'has set' applies, so read as the "
        "Tuesday before (Feb. 21)"
    ),
    ("111:r034", "the next business day"): "'accepted through the next business day' is not read",
    ("111:r048", "21 days"): (
        "'opening briefs due in 21 days' is read as a date 21 days ahead (2025-04-28), not a duration"
    ),
    ("111:r049", "fiscal 2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("111:r049", "the first quarter of the fiscal year"): (
        "'the first quarter of the fiscal year' is read as two expressions, 'the first quarter' (2025-Q1) and "
        "'the fiscal year' (2025)"
    ),
    ("111:r058", "this spring"): (
        "'as soon as this spring' written Dec. 31 is read as the spring of the publication year (2025-SP)"
    ),
    ("111:r063", "that evening"): (
        "'sworn in privately that evening' is anchored to 'Tuesday' (the publication day), so 2018-10-09TEV, "
        "not the Saturday vote"
    ),
    ("111:r078", "the same day"): (
        "'The state appealed the same day' is resolved to 2023-05-19 (the Friday just mentioned), not to 'on "
        "Thursday' (May 18)"
    ),
    ("111:r080", "July"): (
        "'had stretched into July' is read as July of the publication year (2025-07), not the year before"
    ),
    ("111:r080", "July 1"): (
        "'on July 1' is placed in the publication year (2025-07-01), not in the year of 'A year earlier'"
    ),
    ("111:r084", "late September"): (
        "'they will meet once in late September' is read in past tense ('wrapped up'), as September 2014 (2014-09)"
    ),
    ("111:r092", "14 days"): (
        "'The order expires in 14 days' is read as a date 14 days ahead (2025-02-17), not a duration"
    ),
    ("112:r018", "the fourth quarter"): (
        "'data will come in the fourth quarter' is resolved to the quarter before (2021-Q4), not the coming 2022-Q4"
    ),
    ("112:r041", "June"): (
        "'fiscal 2017, which ends in June' is read as the coming June (2016-06), not the end of fiscal 2017"
    ),
    ("112:r075", "the first half of the year"): (
        "'the first half of the year' after 'Looking back at 2022' is read in the publication year (2023-H1)"
    ),
    ("112:r093", "July"): "'had originally been due to rule in July' is read as the coming July (2025-07)",
    ("112:r111", "hours"): "'within hours' is written PTXH (hours with the T designator), not PXH",
    ("113:r003", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("113:r012", "the fall"): "'The ship will spend the fall in Northern Europe' is not read",
    ("113:r013", "July 26"): (
        "'the Olympic period, July 26 to Aug. 11' is read in past tense ('have fallen'), as 2023-07-26"
    ),
    ("113:r013", "Aug. 11"): "'to Aug. 11' is continued from July 26 read as 2023, so 2023-08-11",
    ("113:r022", "Sunday"): (
        "'ships due into Galveston on Sunday would stay at sea': 'would' makes it the coming Sunday (July 14)"
    ),
    ("113:r026", "that night"): (
        "'Occupancy that night' is anchored to the last date, 'Dec. 20' (2020-12-20TNI), not New Year's Eve"
    ),
    ("113:r026", "a year earlier"): "'a year earlier' is counted from 'Dec. 20', so 2019-12-20",
    ("113:r044", "annual"): "'its annual Shining Ball': 'annual' is not read",
    ("113:r057", "Sunday"): (
        "'late checkout on Sunday' in the Thanksgiving package is read as the Sunday just past (Oct. 31)"
    ),
    ("113:r058", "the fall"): (
        "'repositioning to Miami in the fall' after 'next summer' is read as the fall of the publication year (2017-FA)"
    ),
    ("113:r063", "Saturday"): (
        "'from Dec. 26 through Saturday' is joined to Dec. 26 (2024), so the Saturday after it, Dec. 28"
    ),
    ("113:r063", "the following day"): "'the following day' is counted from Saturday, Dec. 28, so 2024-12-29",
    ("113:r071", "the following year"): (
        "'the following year' is counted from 'May 1945' (1946), not from 'Aug. 23, 1997'"
    ),
    ("113:r098", "November"): (
        "'closed November through March' (a yearly closure) is read as the November before (2017-11)"
    ),
    ("113:r098", "March"): "'through March' is read as March of the publication year (2018-03), not as recurring",
    ("113:r098", "Jan. 2"): (
        "'reservations for the 2019 summer season open Jan. 2' is read as Jan. 2 of the publication year (2018-01-02)"
    ),
    ("113:r105", "3 p.m."): (
        "'Check-in begins at 3 p.m.' (a standing policy) is put on the publication day (2019-03-11T15:00)"
    ),
    ("113:r105", "11 a.m."): "'check-out is at 11 a.m.' is put on the publication day (2019-03-11T11:00)",
    ("113:r105", "noon"): "'guests arriving before noon' is put on the publication day (2019-03-11T12:00)",
    ("113:r107", "May"): "'Shoulder-season sailings in May and September have sold' is read in past tense, as May 2025",
    ("113:r107", "September"): "'in May and September' is read in past tense, as September 2025",
    ("113:r109", "Wednesday morning"): (
        "'docked in Roatán on Wednesday morning' is read as the Wednesday before the publication date (Feb. "
        "26), not after Feb. 16"
    ),
    ("113:r109", "the next day"): (
        "'Belize City followed the next day' follows the Wednesday found (Feb. 26), so 2025-02-27"
    ),
    ("113:r109", "Friday"): "'Cozumel on Friday' is read as the Friday just past (Feb. 28), not the cruise's Friday",
    ("113:r109", "7 a.m. the following Sunday"): (
        "'7 a.m. the following Sunday' is read as two expressions, '7 a.m.' and 'the following Sunday', both on March 2"
    ),
    ("114:r050", "fiscal 2021"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("114:r071", "7 a.m."): (
        "'An earlier update, posted at 7 a.m.' is put on 'early Monday' (2021-02-15T07:00), not the publication day"
    ),
    ("114:r077", "Thursday"): (
        "'Registration closes Thursday, two days before the event' is read as the coming Thursday (Dec. 7)"
    ),
    ("114:r083", "12:24"): "'not 12:24 as reported' is not read",
    ("114:r084", "noon"): "'the figure reported at noon' is put on 'Monday' (Sept. 30), not the publication day",
    ("114:r085", "the following weekend"): (
        "'over the following weekend' is read as the weekend of the week after (2025-W49-WE), not Nov. 29-30"
    ),
    ("114:r090", "Tuesday"): "'reopen Wednesday, not Tuesday as announced' is read as the Tuesday before (March 15)",
    ("114:r090", "that day"): (
        "'a two-hour delay that day' is anchored to 'Monday' (the publication day, March 21), not to Wednesday"
    ),
    ("115:r005", "2:17 a.m."): "'He arrived at 2:17 a.m.' is put on 'Sunday' (Jan. 5), not New Year's Day",
    ("115:r023", "March"): "'lockdown began in March' is read as March 2021, not the March of '16 May 2020'",
    ("115:r023", "that October"): (
        "'a second attempt that October' is read as October of the publication year (2021-10)"
    ),
    ("115:r055", "Wednesday night"): (
        "'on Wednesday night' is put in the 1997 story (1997-09-03TNI), not the anniversary week"
    ),
    ("115:r055", "Thursday"): "'by dawn on Thursday' is put in the 1997 story (1997-09-04), not the publication day",
    ("115:r065", "the weekend"): (
        "'several events planned over the weekend' is read as the weekend just past (2023-W36-WE)"
    ),
    ("115:r067", "the Thursday"): "'moved to the Thursday' is found as 'Thursday', the publication day (2020-11-12)",
    ("115:r067", "the Friday"): (
        "'added on the Friday' is read as the day after the publication date (2020-11-13), not June 3, 2022"
    ),
    ("116:r033", "Friday"): "'retaliating for Washington's increase on Friday' is read as the coming Friday (May 17)",
    ("116:r048", "12:01 a.m. Friday"): (
        "'exported from China after 12:01 a.m. Friday' is read as the Friday before (May 3)"
    ),
    ("116:r054", "July 1"): (
        "'the pact's July 1 joint review date' is read as July 1 of the publication year (2025-07-01)"
    ),
    ("116:r074", "a month or two"): "'in a month or two' is found as 'a month', a date a month ahead (2025-05)",
    ("116:r081", "12:01 a.m. eastern daylight time"): (
        "'12:01 a.m. eastern daylight time on June 4' is found as '12:01 a.m.' only, put on the publication "
        "day (June 3)"
    ),
    ("116:r085", "Oct. 1"): "'rising every month to 25% by Oct. 1' is read in past tense, as Oct. 1, 2018",
    ("116:r086", "90 days"): (
        "'review the decision in 90 days' is read as a date 90 days ahead (2026-05-31), not a duration"
    ),
    ("116:r089", "days"): "'The threat came days after': 'days' is not read",
    ("117:r004", "fourth-quarter"): (
        "'fourth-quarter revenue' (fiscal Q4 ended June 30) is read as the calendar fourth quarter before (2022-Q4)"
    ),
    ("117:r068", "fiscal second quarter"): (
        "'its fiscal second quarter ended Dec. 31, 2023' is read as the calendar second quarter before (2023-Q2)"
    ),
    ("117:r068", "the prior-year quarter"): "'the prior-year quarter' is counted from 2023-Q2, so 2022-Q2",
    ("117:r068", "fiscal 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("117:r076", "May"): "'May was the wettest month' at the start of the sentence is not read",
    ("117:r081", "fiscal third quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("117:r087", "quarterly"): "'a quarterly dividend': 'quarterly' is not read",
    ("117:r107", "as many weeks"): (
        "'the second rally in as many weeks' is found as 'many weeks' (PXW); 'as many' is not read as two"
    ),
    ("61:r113", "September"): (
        "'was suspended in September' is anchored to the story's 'February 2008' and read as the September before it,"
        " 2007-09"
    ),
    ("118:r002", "Sunday"): "'Open house Sunday 1-4 p.m.' is read as the Sunday just past (June 23)",
    ("118:r002", "4 p.m."): (
        "'Sunday 1-4 p.m.': the time takes the day of 'Sunday', read as the Sunday just past, so 2019-06-23T16:00"
    ),
    ("118:r005", "the first of the month"): (
        "'rent is due on the first of the month' is not read as a date; only 'the month' is tagged, as the current "
        "month 2021-07"
    ),
    ("118:r005", "the 5th"): (
        "'a $50 late fee after the 5th' is read as one date, the 5th of the current month (2021-07-05), not as a "
        "monthly recurrence"
    ),
    ("118:r024", "May 31"): (
        "'received 60-day notices ... to vacate by May 31': the past tense places it in the May before, 2016-05-31"
    ),
    ("118:r032", "8 p.m."): (
        "'runs through Labor Day, and residents must show a key fob after 8 p.m.': the time is put on Labor Day "
        "(2023-09-04T20:00), not read as daily"
    ),
    ("118:r045", "Spring"): "'Spring is traditionally the busiest season' (generic spring) is not read",
    ("118:r054", "90 days"): (
        "'limit whole-home rentals to 90 days a year' is read as one rate expression, a SET with value P1Y, instead "
        "of the duration P90D"
    ),
    ("118:r061", "a year earlier"): (
        "'rose 3% from a year earlier' is counted from the preceding 'September last year' (2023-09), so 2022-09"
    ),
    ("118:r064", "Dec. 31"): (
        "'no later than Dec. 31, the letter said': the past tense places it in the December before, 2021-12-31"
    ),
    ("118:r081", "fiscal third quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("118:r081", "fiscal 2021"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("118:r088", "the first of the month"): (
        "'going to hit the first of the month' is not read as a date; only 'the month' is tagged, as the current "
        "month 2020-03"
    ),
    ("118:r090", "July 20"): "'had until July 20 to decide' is read as the coming July 20, 2023-07-20",
    ("118:r090", "a week later"): (
        "'others said theirs arrived a week later' is counted from 'July 20' read as 2023-07-20, so 2023-07-27"
    ),
    ("119:r022", "9 a.m."): (
        "'typically 5:30 a.m. to 9 a.m.' (a habitual shift) is read as a time on the publication date, 2019-03-04T09:00"
    ),
    ("119:r027", "5 p.m. Friday"): (
        "'union officials said on Thursday, ahead of the company's deadline of 5 p.m. Friday': read as the Friday "
        "before (March 25)"
    ),
    ("119:r055", "fiscal 2023"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("120:r007", "Tuesday"): (
        "'a day of tire testing Tuesday' (after Sunday's race) is read as the Tuesday just past (Nov. 15)"
    ),
    ("120:r014", "July 26"): (
        "'finish on the Champs-Élysées on July 26' is not anchored to 'The 2026 Tour de France'; read as the July "
        "just past, 2025-07-26"
    ),
    ("120:r037", "a month later"): (
        "'the PGA Championship a month later' is counted from the publication date, 2023-08, not from the 2014 Open"
    ),
    ("120:r102", "4 a.m."): (
        "'3 p.m. Sunday local time — 4 a.m. in London' is put on the day after Sunday, 2025-03-17T04:00"
    ),
    ("120:r102", "midnight"): (
        "'and midnight on the U.S. East Coast' takes the day of the preceding '4 a.m.' (March 17), so 2025-03-17T24:00"
    ),
    ("121:r019", "Feb. 14"): (
        "'He chose to celebrate it on Feb. 14' is read as the date in the publication year, 2018-02-14, not as a "
        "yearly date"
    ),
    ("121:r031", "Emancipation Day"): "'marked Emancipation Day on Thursday': the holiday name is not read",
    ("121:r046", "July 4"): (
        "'the city's surrender on July 4' is not anchored to 'the spring of 1863'; read as the July 4 before, "
        "2022-07-04"
    ),
    ("121:r051", "July 2"): (
        "'wrote to his wife the next day that July 2 would be celebrated' is anchored to the story's 'July 2, 1776', "
        "so 1776-07-02"
    ),
    ("121:r063", "the second day"): "'On the second day' (of the battle) is not read",
    ("121:r063", "the late afternoon"): (
        "'raged through the late afternoon' takes the day of the last date, July 1, 1863, so 1863-07-01TAF"
    ),
    ("121:r073", "8 September"): (
        "'remove the handle of the Broad Street pump on 8 September' is read as the date in the publication year, "
        "2024-09-08, not 1854"
    ),
    ("121:r080", "4 p.m."): (
        "'hourly readings of the Declaration until 4 p.m.' is read as a recurring time, XXXX-XX-XXT16:00, not on "
        "Wednesday (July 1)"
    ),
    ("121:r080", "11 a.m."): (
        "'steps off at 11 a.m. on Saturday' takes 'Saturday' as the Saturday just past (June 27), so 2026-06-27T11:00"
    ),
    ("121:r080", "Saturday"): (
        "'The main parade steps off at 11 a.m. on Saturday': no tense is found; read as the Saturday just past (June "
        "27)"
    ),
    ("121:r080", "9:30 p.m."): (
        "'fireworks over the Delaware at 9:30 p.m.' takes the day of 'Saturday', read as June 27, so 2026-06-27T21:30"
    ),
    ("121:r086", "the end of the decade"): (
        "'by the end of the decade' is read as the current decade, 202, not the 1840s of '21 December 1844'"
    ),
    ("121:r093", "August"): (
        "'News of the Declaration reached London in August' is not anchored to 1776; read as 2025-08"
    ),
    ("121:r095", "March"): (
        "'In March they were sentenced' is not anchored to 'February 1834'; read as the March just past, 2024-03"
    ),
    ("121:r109", "8:30 a.m."): (
        "'is open 8:30 a.m. to 5 p.m.' (daily hours) is read as a time on the publication date, 2023-03-22T08:30"
    ),
    ("121:r109", "5 p.m."): (
        "'is open 8:30 a.m. to 5 p.m.' (daily hours) is read as a time on the publication date, 2023-03-22T17:00"
    ),
    ("122:r005", "quarterly"): "'declared a quarterly cash distribution': 'quarterly' is not read",
    ("122:r011", "June"): "'its June Short-Term Energy Outlook' (the June edition) is not read",
    ("122:r021", "Sunday"): (
        "'postponed its ministerial meeting to Nov. 30 from Sunday' is read as the Sunday just past (Nov. 19)"
    ),
    ("122:r026", "May"): "'The more active May contract' is not read",
    ("122:r031", "the quarter"): "'a 17% slide for the quarter' is read as the previous quarter, 2024-Q2",
    ("122:r049", "the summer"): "'a market deficit ... over the summer' is read as the summer just past, 2023-SU",
    ("122:r051", "Friday"): (
        "'effective from midnight on Friday, the finance ministry said late Friday' is read as the coming Friday "
        "(Sept. 22)"
    ),
    ("122:r055", "April"): "'In its April Short-Term Energy Outlook' (the April edition) is not read",
    ("122:r056", "quarterly"): "'its quarterly grain stocks report': 'quarterly' is not read",
    ("122:r058", "a year earlier"): (
        "'from $42.4 billion a year earlier' is counted from the day 'Sept. 30', so 2022-09-30, not from the quarter "
        "'three months to Sept. 30'"
    ),
    ("122:r063", "1130 GMT"): (
        "'by 1130 GMT' takes the day of the preceding 'Wednesday's 3% gain' (Jan. 3), so 2024-01-03T11:30"
    ),
    ("122:r076", "the second half"): (
        "'pricing in a recession in the second half' is read as the second half of the year before, 2022-H2"
    ),
    ("123:r009", "That summer"): (
        "'That summer — 1994' is read as the summer of the publication year, 2017-SU; the appositive '1994' is not used"
    ),
    ("123:r029", "every Christmas morning"): (
        "'every Christmas morning' is read as 'every Christmas', the SET XXXX-12-25, without the morning"
    ),
    ("123:r061", "February"): (
        "'in February' is not anchored to 'The year my father died, 1998'; read as the February just past, 2019-02"
    ),
    ("123:r061", "early June"): (
        "'in early June' is not anchored to 1998; read as the June of the publication year, 2019-06"
    ),
    ("123:r061", "Twenty-one years later"): (
        "'Twenty-one years later' is counted forward from the publication year, so 2040"
    ),
    ("123:r062", "Thanksgiving"): (
        "'By Thanksgiving we were living together' is not anchored to 'October 2005'; read as the Thanksgiving just "
        "past, 2024-11-28"
    ),
    ("123:r067", "Dec. 22"): (
        "'laid off from the plant on Dec. 22' (the Christmas I was seven) is read as the date in the publication "
        "year, 2017-12-22"
    ),
    ("123:r067", "Dec. 26"): (
        "'He didn't tell us until Dec. 26' is read as the date in the publication year, 2017-12-26"
    ),
    ("123:r067", "That Christmas morning"): (
        "'That Christmas morning' (the Christmas the writer was seven) is found without 'That' and put in the "
        "reference year: 2017-12-25TMO"
    ),
    ("123:r067", "the night before"): (
        "'a sled he had built ... the night before' is counted back from 'Christmas morning' taken as 2017-12-25, so "
        "2017-12-24TNI"
    ),
    ("123:r075", "the morning"): (
        "'On Tuesday night ... In the morning': the morning is put on Tuesday itself (2016-11-08TMO), not the next "
        "day, Nov. 9"
    ),
    ("123:r081", "6"): "'woke up at 6' (a bare hour with no a.m./p.m.) is not read",
    ("123:r082", "1 a.m."): (
        "'On Saturday ... We talked until 1 a.m.' is put on Saturday itself (2015-05-23T01:00), not after midnight on"
        " Sunday"
    ),
    ("123:r082", "noon"): (
        "'slept until noon' after the Saturday reunion is put on Saturday itself (2015-05-23T12:00), not the next day"
    ),
    ("123:r083", "the 23rd"): "'This year the 23rd falls on a Sunday': the bare ordinal day 'the 23rd' is not read",
    ("123:r085", "that October"): (
        "'the Sunday that October' after 'August 2020' is read as October of the reference year, 2024-10"
    ),
    ("123:r085", "Four years later"): (
        "'Four years later' is counted from the reference year (2024), giving 2028, not from August 2020"
    ),
    ("123:r088", "Every Fourth"): "'Every Fourth since' (each Fourth of July) is not read",
    ("123:r092", "the 28th"): "'late June 1969 — the 28th': the bare ordinal day 'the 28th' is not read",
    ("124:r029", "1:30 a.m."): (
        "'The last Night Owl bus now leaves ... at 1:30 a.m.' (a standing schedule) is put on the reference date: "
        "2023-08-14T01:30"
    ),
    ("124:r045", "fiscal 2027"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("124:r053", "6 p.m."): (
        "'enforced until 10 p.m. Monday through Saturday, up from 6 p.m.' (the old schedule) is put on that Saturday:"
        " 2017-06-17T18:00"
    ),
    ("124:r060", "7 p.m."): (
        "'Crews will work from 7 p.m. to 5 a.m.' (each night of the work) is put on 'next Monday': 2015-07-27T19:00"
    ),
    ("124:r060", "5 a.m."): (
        "'from 7 p.m. to 5 a.m.': 5 a.m. is put on the morning after 'next Monday': 2015-07-28T05:00"
    ),
    ("124:r061", "two days earlier"): (
        "'two days earlier, on Monday' is counted from 'Tuesday afternoon' (March 15), giving 2016-03-13, a Sunday"
    ),
    ("124:r063", "7 a.m."): (
        "'urged riders to travel before 7 a.m.' (during the July work) is put on the reference date: 2017-05-01T07:00"
    ),
    ("124:r063", "10 a.m."): "'or after 10 a.m.' (during the July work) is put on the reference date: 2017-05-01T10:00",
    ("124:r064", "one day"): (
        "'slide one day later' is read as a date, 'one day later' = 2017-12-26 (the day after Dec. 25), not a "
        "duration P1D"
    ),
    ("124:r064", "Friday"): (
        "'with Friday's routes collected on Saturday, Dec. 30' is read as the Friday just past (Dec. 15), not Friday,"
        " Dec. 29"
    ),
    ("124:r066", "7 a.m."): (
        "'The cameras operate from 7 a.m. to 4 p.m. on school days' (a standing schedule) is put on Aug. 29: "
        "2018-08-29T07:00"
    ),
    ("124:r066", "4 p.m."): "'from 7 a.m. to 4 p.m. on school days': 4 p.m. is put on Aug. 29: 2018-08-29T16:00",
    ("124:r074", "8 p.m."): (
        "'between 8 p.m. and 4 a.m. on Dec. 31 and Jan. 1' is taken as the night ending on Dec. 31, so 8 p.m. is Dec."
        " 30 (2019-12-30T20:00)"
    ),
    ("124:r074", "4 a.m."): (
        "'8 p.m. and 4 a.m. on Dec. 31 and Jan. 1': 4 a.m. is put on Dec. 31 (2019-12-31T04:00), not Jan. 1"
    ),
    ("124:r074", "Jan. 1"): (
        "'Last year ... on Dec. 31 and Jan. 1': Jan. 1 is put in the same year as Dec. 31 (2019-01-01), not Jan. 1, "
        "2020"
    ),
    ("124:r074", "1 a.m."): (
        "'a normal Thursday schedule, with the last departures at 1 a.m.' is put on Thursday, Dec. 31 "
        "(2020-12-31T01:00), not after midnight"
    ),
    ("124:r081", "overnight"): "'plows cleared the main routes overnight' is not read",
    ("124:r082", "FY2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("124:r089", "the opening weekend"): (
        "'free for the opening weekend' is put on the weekend of the reference week (2025-W20-WE), not that of "
        "Saturday, May 31 (W22)"
    ),
    ("124:r089", "the spring of that year"): (
        "'the spring of that year' is found only as 'that year' = 2023; 'the spring of' is not read"
    ),
    ("124:r090", "Sunday"): "'Sunday parking will remain free' (every Sunday) is read as the coming Sunday, Sept. 21",
    ("124:r090", "8 p.m.@655"): (
        "'park free overnight, from 8 p.m. to 8 a.m.' (every night) is put on the reference date: 2025-09-15T20:00"
    ),
    ("124:r090", "8 a.m.@665"): (
        "'from 8 p.m. to 8 a.m.' (every night): 8 a.m. is put on the reference date, the same day as the 8 p.m.: "
        "2025-09-15T08:00"
    ),
    ("125:r026", "Thursday"): (
        "'The network said its coverage ... on Thursday would begin': the past tense is taken, so the Thursday before"
        " (Dec. 25)"
    ),
    ("125:r026", "8 a.m. PT"): (
        "'on Thursday would begin at 8 a.m. PT' is put on the Thursday before (Dec. 25): 2025-12-25T08:00"
    ),
    ("125:r032", "hours"): "'hours after its season finale aired' is tagged as a duration in hours written PTXH",
    ("125:r043", "its fiscal fourth quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("125:r044", "fiscal 2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("125:r063", "Monday afternoon"): (
        "'The game aired Monday afternoon' is read as the Monday just past (Jan. 9), not the Monday of the week of "
        "Jan. 2"
    ),
    ("125:r063", "the week"): (
        "'also down for the week' is read as the week of the reference date (2023-W02), not the week of Jan. 2"
    ),
    ("125:r064", "the evening"): (
        "'Earlier in the evening' (of Sunday night's telecast) is put on the reference date, Monday: 2017-09-18TEV"
    ),
    ("125:r066", "the night before"): "'the night before its streaming debut' is not read",
    ("125:r083", "Sunday"): (
        "'Sunday's Super Bowl' is read as the Sunday just past (Jan. 27), not the coming Sunday, Feb. 3"
    ),
    ("126:r015", "midnight Tuesday"): (
        "'enter the U.S. public domain at midnight Tuesday' (Tuesday is the publication day): read as the midnight "
        "that begins it, 2024-12-30T24:00"
    ),
    ("126:r063", "the final quarter"): (
        "'Sales were strongest in the final quarter' (of 2020): 'the final quarter' is not read"
    ),
    ("126:r075", "5 p.m."): (
        "'will close an hour early, at 5 p.m., through the end of January': anchored to 'Monday, Jan. 4', so "
        "2021-01-04T17:00"
    ),
    ("126:r076", "the spring"): (
        "'a year earlier, when shops were shut for much of the spring': not tied to that year (2020); read as 2022-SP"
    ),
    ("126:r083", "last Tuesday"): (
        "'went on sale last Tuesday' (published on a Wednesday): read as the day before, Sept. 14"
    ),
    ("126:r084", "that autumn"): (
        "'written in 1796-97 ... a second edition that autumn': taken from the last year mentioned, so 1797-FA"
    ),
    ("127:r006", "mid-November"): (
        "'the accelerator said it would announce ... by mid-November': 'said' makes it past, so 2018-11"
    ),
    ("127:r022", "the quarter"): (
        "'in the quarter that ends today': 'that ends today' is not used; read as the quarter just past, 2021-Q1"
    ),
    ("127:r050", "fiscal 2024"): (
        "'for fiscal 2024' -> 2024: fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does"
    ),
    ("127:r050", "a year earlier"): (
        "'up 61% from a year earlier' -> 2023: fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does"
    ),
    ("127:r065", "12 months"): (
        "'comes due in 12 months': read as a date 12 months after publication, 2024-07, not as a duration"
    ),
    ("127:r071", "the end of the year"): (
        "'told on Dec. 19 that the company would close at the end of the year': read as the publication year, 2026"
    ),
    ("127:r073", "Wednesday"): (
        "'On Feb. 12 ... Two weeks later ... On Wednesday, it filed': counted on from the Feb. 12 story, so Wednesday"
        " Feb. 28"
    ),
    ("127:r095", "Labor Day"): (
        "'expect slower decisions until after Labor Day': read as the next Labor Day, 2026-09-07"
    ),
    ("128:r004", "per week"): "'two 30-minute phone calls per week': 'per week' is not read as a set",
    ("128:r015", "quarterly"): "'its quarterly clemency hearings': 'quarterly' is not read",
    ("128:r077", "6 p.m. Wednesday"): (
        "'had been scheduled to die after 6 p.m. Wednesday': the past tense makes it the Wednesday just past, "
        "2016-08-31T18:00"
    ),
    ("128:r080", "about 70 days"): (
        "'release about 70 days earlier' is read as one expression, a date 70 days before 'Thursday' (Sept. 12): "
        "2019-07-04"
    ),
    ("129:r022", "March"): (
        "'hibernate ... from roughly October until March' (habitual): read as the coming March, 2022-03"
    ),
    ("129:r026", "the following weekend"): (
        "'By the following weekend' (after Nov. 18): not tied to Nov. 18; read as 2021-W49-WE (Dec. 11-12)"
    ),
    ("129:r030", "that evening"): (
        "'first spotted the cat that evening': taken from 'recaptured Saturday' (Dec. 31), not from Dec. 26, so "
        "2016-12-31TEV"
    ),
    ("129:r032", "hours"): "'lined up for hours': tagged as a duration PTXH",
    ("129:r069", "hours"): "'book up within hours': tagged as a duration PTXH",
    ("129:r073", "5 p.m."): (
        "'normally switched off at 5 p.m.' (habitual): anchored to the publication day, 2020-03-31T17:00"
    ),
    ("129:r090", "the first weekend"): (
        "'Sightings poured in during the first weekend' (after May 4): read as the weekend of the publication week, "
        "2024-W20-WE"
    ),
    ("129:r090", "the following week"): (
        "'vanished for most of the following week': counted from the publication week, so 2024-W21, not from May 4"
    ),
    ("130:r005", "summer"): (
        "'prune them right after they flower in summer' (generic): read as the coming summer, 2019-SU"
    ),
    ("130:r005", "late winter"): "'can be cut back in late winter' (generic): read as 2019-WI",
    ("130:r005", "early spring"): "'can be cut back in late winter or early spring' (generic): read as 2019-SP",
    ("130:r018", "early Saturday"): (
        "'Forecasters issued a freeze warning for tonight and early Saturday': 'issued' makes it past, so the "
        "Saturday before, Oct. 24"
    ),
    ("130:r028", "about 25 days"): (
        "'ready to pick in about 25 days': read as a date 25 days after publication, 2020-04-25, not as a duration"
    ),
    ("130:r034", "Monday"): "'sunset Monday' is read as one expression, TIME 2015-11-02TEV",
    ("130:r039", "Oct. 18"): "'which last year came on Oct. 18': 'last year' is not applied; read as 2025-10-18",
    ("130:r055", "Fall"): "'Fall is for planting': sentence-initial 'Fall' is not read",
    ("130:r062", "May 10@298"): (
        "'Everything moves outside a week or so after May 10': read as the May 10 just past, 2024-05-10"
    ),
    ("130:r064", "September"): (
        "'Then in September, overseed thin spots' (advice): read as the September just past, 2015-09"
    ),
    ("130:r076", "the following day"): (
        "'Tuesday routes begin the following day': not counted from the Monday pickup April 7; read as 2025-04-02"
    ),
    ("130:r078", "A year earlier"): (
        "'A year earlier, a late freeze': resolved to a week, 2022-W14, rather than the year 2022"
    ),
    ("130:r078", "March 28"): (
        "'A year earlier, a late freeze on March 28': 'A year earlier' is not applied; read as 2023-03-28"
    ),
    ("130:r081", "late September"): "'spinach sown in late September will survive' (generic): read as 2018-09",
    ("130:r081", "spring"): "'will survive until spring' (generic): read as 2018-SP",
    ("130:r081", "December"): "'lettuce can be harvested into December' (generic): read as 2018-12",
    ("130:r088", "the first summer"): (
        "'They spent the first summer building raised beds' (after 2016): 'the first summer' is not read"
    ),
    ("131:r048", "Friday"): "'with the semifinals Friday' (no verb): read as the Friday before, Feb. 23",
    ("131:r077", "10 a.m. Tuesday"): (
        "'meet Tennessee at 10 a.m. Tuesday' follows past-tense sentences; read as the Tuesday just past (July 16), "
        "2019-07-16T10:00"
    ),
    ("131:r078", "a week later"): (
        "'return a week later' is counted from 'Sept. 25' in the sentence before, so 2020-10-02, not from 'this "
        "Friday' (Oct. 16)"
    ),
    ("132:r009", "Wednesday"): (
        "'Sunrise Wednesday' is read as one expression, the morning of Wednesday: TIME 2022-06-15TMO"
    ),
    (
        "132:r018",
        "Monday",
    ): "'data through Monday' after 'according to' is read as a bound ahead, not as the day the data run to",
    ("132:r023", "a day@67"): "'a minute of daylight a day': 'a day' is tagged as a duration P1D, not as a rate",
    ("132:r027", "The year"): "'The year ended on a dry note' is not read",
    ("132:r048", "the holiday weekend"): (
        "'settles in for the holiday weekend' is read as the weekend just past (Feb. 6-7), 2021-W05-WE"
    ),
    ("132:r048", "Saturday night"): (
        "'minus 30 Saturday night' is read as the Saturday just past (Feb. 6), 2021-02-06TNI"
    ),
    ("132:r055", "Tuesday"): (
        "'the Cold Moon, rises Tuesday': no tense is found; read as the Tuesday just past (Dec. 19)"
    ),
    ("132:r069", "The season"): "'The season's total snowfall' (the winter just ended) is not read",
    ("132:r077", "May 20"): (
        "'freezes have occurred as late as May 20' is read as a specific date, 2025-05-20, not as a May 20 of any year"
    ),
    ("132:r080", "this weekend"): "'Before this weekend' is read as the coming weekend (July 3-4), 2021-W26-WE",
    ("132:r092", "nightfall"): "'By nightfall, it had destroyed' is not read",
    ("133:r017", "9 a.m."): (
        "'Saturday hours, 9 a.m. to 1 p.m.' is anchored to the coming Saturday, 2015-11-07T09:00, not read as "
        "recurring hours"
    ),
    ("133:r017", "1 p.m."): (
        "'Saturday hours, 9 a.m. to 1 p.m.' is anchored to the coming Saturday, 2015-11-07T13:00, not read as "
        "recurring hours"
    ),
    ("133:r020", "fiscal 2019"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("133:r037", "the weekend"): (
        "'halted elective surgeries for the weekend': past tense; read as the weekend just past (June 9-10), "
        "2018-W23-WE"
    ),
    ("133:r075", "Oct. 1"): "'by Oct. 1': no tense is found; read as the Oct. 1 just past, 2014-10-01",
    ("133:r090", "Sept. 10"): (
        "'lost power on Sept. 10' (Irma, 'last September') is put in the year of publication, 2018-09-10"
    ),
    ("133:r090", "Sept. 13"): (
        "'early on Sept. 13' is read as one expression and put in the year of publication, 2018-09-13"
    ),
    ("133:r090", "three days later"): (
        "'Sept. 13, three days later' is read as an apposition and takes the value of 'Sept. 13', 2018-09-13"
    ),
    ("133:r091", "noon"): (
        "'visits ... between noon and 4 p.m.' (daily hours) is anchored to 'on Jan. 2', so 2026-01-02T12:00"
    ),
    ("133:r091", "4 p.m."): (
        "'visits ... between noon and 4 p.m.' (daily hours) is anchored to 'on Jan. 2', so 2026-01-02T16:00"
    ),
    ("133:r091", "14 days"): "'until 14 days pass without a new case' is not read",
    ("133:r092", "July 1"): "'originally set a July 1 deadline': past tense; read as the July 1 before, 2016-07-01",
    ("134:r012", "10 a.m."): (
        "'from 10 a.m. until ... 11 a.m. Thursday, Oct. 29': the day is not carried back to '10 a.m.', read as the "
        "publication day (Oct. 27)"
    ),
    ("134:r063", "7 p.m. Sunday"): (
        "'Calling hours are 3 to 7 p.m. Sunday': no tense is found; read as the Sunday just past (Nov. 6)"
    ),
    ("134:r065", "July 4"): (
        "'would have turned 100 on July 4': read as past tense, so the July 4 just past (2017-07-04)"
    ),
    ("134:r075", "fiscal 1997"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("134:r083", "minutes"): "'born minutes apart': bare 'minutes' is not read as a duration",
    ("135:r030", "1 a.m. Eastern Wednesday"): (
        "'1 a.m. Eastern Wednesday' is read as two expressions, '1 a.m.' and 'Wednesday', both on the Wednesday just "
        "past (Nov. 2)"
    ),
    ("135:r045", "a day"): "'mailed its ballots a day early': 'a day' is tagged as a rate, SET P1D, as in 'once a day'",
    ("135:r048", "fiscal 2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("135:r056", "Tuesday"): (
        "'four weeks from Tuesday' is read as one expression, four weeks after Tuesday (2022-12-13)"
    ),
    ("135:r060", "Election Day"): (
        "'postmarked by Election Day': read as the general Election Day just past (2020-11-03), not the June 22 primary"
    ),
    ("135:r062", "Monday"): "'cast their ballots on Monday': tense is read as future, so the coming Monday (Dec. 21)",
    ("135:r062", "Nov. 3"): "'the Nov. 3 election': read as an upcoming date, Nov. 3, 2021",
    ("135:r070", "the following Monday"): (
        "'the following Monday' is counted from the publication date (Monday, Nov. 10), so 2025-11-10 itself"
    ),
    ("135:r083", "Tuesday"): (
        "'refused to extend Tuesday's ... deadline': read as past tense, so the Tuesday just past (Oct. 4)"
    ),
    ("135:r087", "10 p.m."): (
        "'10 p.m. on runoff night': put on the same day as the preceding 'Saturday before the runoff' (Dec. 14), so "
        "2024-12-14T22:00"
    ),
    ("136:r044", "soon"): "'could fall soon': 'soon' is not read",
    ("136:r050", "April"): (
        "'payments that had been due in April': no tense is found; read as the coming April (2024-04)"
    ),
    ("136:r050", "that date"): (
        "'until that date' points back to the preceding 'April' (read as 2024-04), so 2024-04-XX"
    ),
    ("136:r051", "two days later"): "'two days later' is counted from 'Aug. 27' (the notice date), so 2018-08-29",
    ("136:r052", "that date"): (
        "'from Feb. 3 until that date': 'that date' points back to the nearest date, 'Feb. 3', not 'April 15'; read "
        "as 2025-02-03"
    ),
    ("136:r062", "Dec. 31"): (
        "'his 2018 distribution by Dec. 31': '2018' is not applied; read as the coming Dec. 31 (2017-12-31)"
    ),
    ("136:r067", "5 p.m."): (
        "'normally closes at 5 p.m.': put on the same day as 'Wednesday's filing deadline', so 2026-04-15T17:00"
    ),
    ("136:r067", "Oct. 15"): (
        "'moves the deadline to Oct. 15': no tense is found; read as the Oct. 15 just past (2025-10-15)"
    ),
    ("136:r070", "Nov. 1"): (
        "'the inflation figure announced Nov. 1': read as past tense, so the Nov. 1 just past (2021-11-01)"
    ),
    ("136:r071", "January"): "'bills issued in January': read as past tense, so the January just past (2015-01)",
    ("136:r071", "quarterly@143"): "'switch from quarterly to monthly billing': 'quarterly' is not read",
    ("136:r071", "September"): (
        "'covering September through November': read as future tense, so the coming September (2016-09)"
    ),
    ("136:r071", "months"): "'within weeks instead of months': bare 'months' is not read as a duration",
    ("136:r083", "Tax Day"): "'Wednesday is Tax Day': 'Tax Day' is not read",
    ("136:r094", "quarterly"): "'2025 quarterly estimates due in April': 'quarterly' is not read",
    ("137:r003", "Tuesday"): (
        "'a cardholder presale beginning Tuesday': no tense is found; read as the Tuesday just past (March 11)"
    ),
    ("137:r005", "Saturday"): (
        "'Saturday's show at the Fillmore': read as past tense, so the Saturday just past (Sept. 21)"
    ),
    ("137:r005", "7 p.m."): (
        "'Saturday's show ... has doors at 7 p.m.': put on the same day as 'Saturday', read as Sept. 21, so "
        "2019-09-21T19:00"
    ),
    ("137:r005", "8"): "'music at 8': the bare number '8' is not read as a time",
    ("137:r014", "Sat 10 June"): (
        "'Sat 10 June' is found as '10 June' only; read as past tense, so the June 10 just past (2022-06-10)"
    ),
    ("137:r032", "January"): (
        "'this year than Kiri's surprise January release': 'this year' is not applied; read as 2025-01"
    ),
    ("137:r037", "hours"): "'lined up for hours' is tagged as a duration PTXH",
    ("137:r041", "fiscal 2025"): (
        "'sales rose 14% in fiscal 2025, which ended June 30': fiscal years are written as calendar ones (FY2025 -> "
        "2025), as TBAQ does"
    ),
    ("137:r061", "hours"): (
        "'Fans spent hours in online queues': tagged as the duration PTXH (with the time designator T), not PXH"
    ),
    ("137:r063", "October"): (
        "'Five more dates were added Monday for October': tense is taken from 'were added', so read as the October "
        "just past (2024-10)"
    ),
    ("137:r072", "Friday"): (
        "'The lead single ... arrives Friday' after 'her label said Thursday': read as past, so the Friday before "
        "(Oct. 16)"
    ),
    ("137:r074", "Three years earlier"): (
        "'since 2016. Three years earlier': counted back from the publication year 2019, giving 2016, not from the "
        "2016 just mentioned"
    ),
    ("137:r075", "SATURDAY"): (
        "'HARBORFEST SCHEDULE — SATURDAY': no tense is found in the heading; read as the Saturday just past (Aug. 26)"
    ),
    ("137:r075", "1:15 p.m."): (
        "'1:15 p.m.' listed under the 'SATURDAY' heading is put on the publication day (2017-09-01T13:15), not on "
        "that Saturday"
    ),
    ("137:r075", "3 p.m."): (
        "'3 p.m.' listed under the 'SATURDAY' heading is put on the publication day (2017-09-01T15:00), not on that "
        "Saturday"
    ),
    ("137:r075", "5:45 p.m."): (
        "'5:45 p.m.' listed under the 'SATURDAY' heading is put on the publication day (2017-09-01T17:45), not on "
        "that Saturday"
    ),
    ("137:r075", "9 p.m."): (
        "'9 p.m.' listed under the 'SATURDAY' heading is put on the publication day (2017-09-01T21:00), not on that "
        "Saturday"
    ),
    ("137:r077", "Sunday"): (
        "'Resale prices for Sunday's tour finale ... fell sharply': tense is taken from 'fell', so read as the Sunday"
        " just past (Dec. 1)"
    ),
    ("137:r083", "Jan. 1"): (
        "'this year's year-end charts covers Jan. 1 through Oct. 31': no tense is found; read as the coming Jan. 1 "
        "(2024-01-01)"
    ),
    ("137:r083", "Oct. 31"): (
        "'Jan. 1 through Oct. 31': the range is continued from 'Jan. 1' (2024), so read as 2024-10-31"
    ),
    ("137:r084", "the spring"): (
        "'next year's festival are expected to be announced in the spring': read as the spring of the publication "
        "year (2022-SP)"
    ),
    ("137:r087", "the spring"): (
        "'March brings a double album ..., and the spring should finally deliver': 'the spring' is not read"
    ),
    ("137:r092", "soon"): "'We'll be back soon': 'soon' is not read",
    ("137:r092", "the not-too-distant future"): (
        "'hinting at a new record in the not-too-distant future': the phrase is not read"
    ),
    ("137:r093", "4 December"): (
        "'have added a second night ... on 4 December': tense is taken from 'have added', so read as the 4 December "
        "just past (2023-12-04)"
    ),
    ("138:r041", "12:41 a.m. EST Thursday"): (
        "'on Monday cleared the crew for a launch attempt at 12:41 a.m. EST Thursday': read as past, so the Thursday "
        "before (2026-01-01T00:41)"
    ),
    ("138:r082", "September@619"): (
        "'led NASA to send it home empty in September' (after 'June 5, 2024'): no tense is found; read as the coming "
        "September (2025-09)"
    ),
    ("138:r090", "the weekend"): (
        "'Delta kept canceling flights through the weekend': tense is taken from 'kept', so read as the weekend just "
        "past (2024-W28-WE)"
    ),
    ("138:r090", "the following week"): (
        "'through the weekend and into the following week': counted from 'the weekend' (read as 2024-W28-WE), so "
        "2024-W29"
    ),
    ("139:r011", "7:55"): "'It's 7:55 here in Honolulu': a bare clock time without a.m./p.m. is not read",
    ("139:r029", "that morning"): (
        "'I was 21 that morning' (D-Day, '80 years ago'): anchored to the last date mentioned, 'on Monday' (June 3), "
        "so 2024-06-03TMO"
    ),
    ("139:r029", "early afternoon"): (
        "'By early afternoon' (the ceremony day): anchored to the last date mentioned, 'on Monday' (June 3), so "
        "2024-06-03TAF"
    ),
    ("139:r061", "that Sunday morning"): (
        "'the planes coming in low that Sunday morning' ('80 years ago'): read as the Sunday after the publication "
        "date, 2021-12-12TMO"
    ),
    ("139:r097", "later that month"): (
        "'enlisted later that month' (after '22 years ago'): anchored to the publication month, so 2023-09"
    ),
    ("140:r006", "annual"): "'its annual Prospective Plantings report': the adjective 'annual' is not tagged",
    ("140:r009", "quarterly"): "'the quarterly Grain Stocks report': the adjective 'quarterly' is not tagged",
    ("140:r010", "Sunday"): (
        "'keep the combines rolling through Sunday': placed in the week named just before ('early next week'), so "
        "2022-09-25"
    ),
    ("140:r011", "August"): (
        "'its August World Agricultural Supply and Demand Estimates': a month name used as a report title is not tagged"
    ),
    ("140:r024", "Sept. 1"): (
        "'has bought ... for shipment after Sept. 1, traders said': read with past tense as the Sept. 1 before "
        "(2014-09-01)"
    ),
    ("140:r028", "March@108"): (
        "'up 1% from the government's March estimate': a month name modifying 'estimate' is not tagged"
    ),
    ("140:r028", "quarterly"): "'released alongside quarterly stocks data': the adjective 'quarterly' is not tagged",
    ("140:r032", "annual"): "'will hold their annual convention': the adjective 'annual' is not tagged",
    ("140:r032", "6:30 p.m. Wednesday"): (
        "'the awards banquet is set for 6:30 p.m. Wednesday': future tense gives the coming Wednesday (Nov. 6), not "
        "the one of the Dec. 10-12 convention"
    ),
    ("140:r042", "fiscal year 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("140:r060", "annual"): "'the annual bred-cow sale': the adjective 'annual' is not tagged",
    ("140:r078", "fiscal 2016"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("140:r105", "annual"): "'USDA's annual Cattle inventory report': the adjective 'annual' is not tagged",
    ("141:r011", "the same day"): (
        "'arraigned the same day he was charged': anchored to the nearest preceding date, 'December', so 2024-12-XX, "
        "not Friday (Nov. 22)"
    ),
    ("141:r029", "Oct. 1"): (
        "'is closed from Oct. 1 through Nov. 30': no tense is found; read as the nearest Oct. 1, the one before "
        "(2023-10-01)"
    ),
    ("141:r029", "Nov. 30"): (
        "'from Oct. 1 through Nov. 30': continues the range from 'Oct. 1' (2023-10-01), so 2023-11-30"
    ),
    ("141:r039", "the first day of the new year"): (
        "'the first day of the new year': only 'the new year' is tagged, as 2025; 'the first day of' is not read"
    ),
    ("141:r052", "noon"): (
        "'Shooting hours on opening day begin at noon': attached to the last date mentioned, Jan. 11, so "
        "2025-01-11T12:00"
    ),
    ("141:r058", "quarterly"): "'will hold its quarterly meeting': the adjective 'quarterly' is not tagged",
    ("141:r061", "a year earlier"): (
        "'season that ended Dec. 3, down from 80,354 a year earlier': counted from 'Dec. 3', so 2022-12-03 rather "
        "than the 2022 season"
    ),
    ("141:r065", "the next morning"): (
        "'released the next morning': counted from the last date mentioned, 'Saturday evening' (Oct. 10), so "
        "2020-10-11TMO"
    ),
    ("142:r006", "5 p.m."): (
        "'Available Sept. 1. Call 555-0142 after 5 p.m.': attached to the preceding 'Sept. 1', so 2025-09-01T17:00"
    ),
    ("142:r015", "at least two (2) court days"): (
        "'at least two (2) court days before the hearing': 'court days' with a numeral in parentheses is not read"
    ),
    ("142:r022", "Fri."): "'MOVING SALE — Fri. & Sat.': read with past tense as the Friday just past (May 5)",
    ("142:r022", "Sat."): "'Fri. & Sat.': joined to 'Fri.' (May 5), so read as the Saturday just past (May 6)",
    ("142:r030", "Friday"): (
        "'Friday's sale, which listed 41 properties': past tense 'listed' gives the Friday just past (March 13)"
    ),
    ("142:r039", "Wednesday, Jan. 14"): (
        "'to approximately 4 p.m. Wednesday, Jan. 14' is tagged as one time expression, 2026-01-14T16:00, with the "
        "date inside it"
    ),
    ("142:r044", "11"): "'Bag sale starts at 11': a bare number without a.m./p.m. or o'clock is not read as a time",
    ("142:r054", "Fiscal Year 2025"): (
        "'the proposed budget for Fiscal Year 2025 (July 1, 2024 through June 30, 2025)': not read"
    ),
    ("142:r076", "the same morning"): (
        "'sworn in the same morning as the organizational meeting': anchored to an earlier date in the story (Dec. "
        "27), so 2016-12-27TMO"
    ),
    ("142:r078", "fiscal 2018"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("142:r078", "the current fiscal year"): (
        "'expects to acquire about 80 in the current fiscal year': read as the calendar year of publication, 2018, "
        "not FY2019 (Oct. 2018 - Sept. 2019)"
    ),
    ("142:r106", "Friday"): (
        "'the defense told the judge Friday it would need three to four days': read as future, the coming Friday "
        "(Feb. 28)"
    ),
    ("143:r030", "Friday"): (
        "'Washington's increase of duties on Chinese imports on Friday': read as future, the coming Friday (May 17)"
    ),
    ("143:r033", "the week"): (
        "'Investors head into the week' (published Sunday): read as the current week, 2024-W50, which ends that Sunday"
    ),
    ("143:r038", "fiscal fourth-quarter"): (
        "'reported fiscal fourth-quarter revenue': read as the calendar Q4 just past, 2020-Q4; the June 30 fiscal "
        "year-end is not used"
    ),
    ("143:r038", "fiscal 2021"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("143:r051", "1:18 p.m. ET"): (
        "'Trump's post on social media came at 1:18 p.m. ET': attached to the preceding 'April 2', so 2025-04-02T13:18"
    ),
    ("143:r051", "the afternoon"): (
        "'volume exploded in the afternoon': attached to the preceding 'April 2', so 2025-04-02TAF"
    ),
    ("143:r061", "late Wednesday"): (
        "'cut its revenue forecast for the December quarter late Wednesday': read as future, the coming Wednesday "
        "(Jan. 9)"
    ),
    ("143:r068", "Friday"): (
        "'Investors now turn to ... Powell's speech at Jackson Hole on Friday': read as past, the Friday just past "
        "(Aug. 16)"
    ),
    ("143:r072", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("143:r076", "the start of January"): (
        "'climbed from about 1.5% at the start of January' in a year-end review (Dec. 30): read as the coming "
        "January, 2023-01"
    ),
    ("143:r089", "the day"): "'halted stock trading for the day': 'the day' is not read",
    ("143:r091", "December@219"): (
        "'December corn lost nearly 17% in June': the contract month is read with the past tense, as the December "
        "before (2022-12)"
    ),
    ("143:r095", "single-day"): "'its biggest single-day point gain': the adjective 'single-day' is not read",
    ("143:r100", "a year earlier"): (
        "'grew 0.2% in the three months to June, ... larger than a year earlier': counted from 'June', so 2022-06, "
        "not the quarter"
    ),
    ("143:r109", "March"): "'Then came March: on March 16': the bare 'March' before the colon is not read",
    ("143:r110", "December"): (
        "'rolled S&P 500 futures from the September contract into December': read with the past tense, as December "
        "2020 (2020-12)"
    ),
    ("144:r019", "7:50 a.m."): (
        "'Classes ... begin at 7:50 a.m. this year': the daily start time is put on the publication day, "
        "2016-08-22T07:50"
    ),
    ("144:r028", "July 18"): (
        "'test dates for the 2019-2020 school year are ... July 18': the school-year frame is not used; read in 2019 "
        "(2019-07-18)"
    ),
    ("144:r030", "Thursday"): (
        "'The decision came ... three days before GCSE results day on Thursday': read with 'came' as the Thursday "
        "just past (Aug. 13)"
    ),
    ("144:r033", "a week later"): (
        "'Grades 3-5 will follow a week later': counted from 'Thursday night' (Feb. 25), not from March 8, so "
        "2021-03-04"
    ),
    ("144:r047", "Oct. 1"): (
        "'The 2020-21 FAFSA opened Oct. 1': the year comes from the '2020-21' frame, so 2020-10-01; the past 'opened'"
        " is not used"
    ),
    ("144:r058", "Wednesday"): (
        "'voted Tuesday ..., clearing the way for classes to start Wednesday': read with 'voted' as the Wednesday "
        "before (Sept. 7)"
    ),
    ("144:r060", "March 15"): (
        "'public comment will be taken until March 15': the year comes from the '2024-25 school year' frame, so "
        "2025-03-15"
    ),
    ("144:r061", "the Tuesday"): (
        "'begins on Wednesday 3 January, after an inset day on the Tuesday': taken as the Tuesday after Jan. 3 "
        "(2024-01-09)"
    ),
    ("144:r063", "9:15 p.m."): (
        "'in a message to families at 9:15 p.m.': put on the publication day (2024-05-31T21:15), not on Thursday "
        "evening"
    ),
    ("144:r072", "the week of March 25"): (
        "'Spring break moves to the week of March 25' in the 2023-24 calendar: the calendar frame is not used; "
        "resolved to 2023-W12"
    ),
    ("144:r076", "the first week"): (
        "'a staggered start during the first week' (of school, from Aug. 26): 'the first week' is not read"
    ),
    ("144:r107", "Monday"): "'Students ... return from winter break on Monday': read as the Monday just past (Dec. 29)",
    ("144:r107", "the following week"): (
        "'will be held the following week, Jan. 12-16': counted from 'Monday' read as Dec. 29 (2026-W01), so 2026-W02"
    ),
    ("145:r049", "July"): "'ruling him out of the Wallabies' July Tests': 'July' used before a noun is not read",
    ("145:r054", "Saturday"): (
        "'The trophy will be presented after Saturday's home game': no tense is found; read as the Saturday just past"
        " (April 30)"
    ),
    ("145:r079", "A week earlier"): (
        "'A week earlier, Ireland had wrapped up the championship': counted from the publication date (March 18), so "
        "2018-03-11"
    ),
    ("145:r088", "hours"): (
        "'within hours of the win': tagged as the duration PTXH, written with the time designator T, where the case "
        "has PXH"
    ),
    ("145:r090", "Boxing Day"): "'the Boxing Day Test at the MCG': the holiday 'Boxing Day' is not read",
    ("145:r091", "June"): (
        "'every four years from 2025, ... in June and July': 'from 2025' is not applied; read as the next June "
        "(2024-06)"
    ),
    ("145:r091", "July"): (
        "'in June and July' (from 2025): read as the July before (2023-07), not in the same year as 'June' (2024-06)"
    ),
    ("146:r025", "the night before"): "'the night before she was reported missing': 'the night before' is not read",
    ("146:r025", "about 10 p.m."): (
        "'texted her sister at about 10 p.m.': put on the day of 'Saturday' (Aug. 20), so 2016-08-20T22:00, not the "
        "night before Aug. 12"
    ),
    ("146:r039", "three days later"): (
        "'spotted at a gas station in Indiana three days later': counted from 'Saturday' (Aug. 3), so 2019-08-06, not"
        " from July 28"
    ),
    ("146:r045", "annual"): "'its annual smoke alarm canvass': the adjective 'annual' is not read",
    ("146:r060", "fiscal 2019"): "fiscal years are written as calendar ones (FY2019 -> 2019), as TBAQ does",
    ("146:r067", "that night"): (
        "'returned home that night' is counted from 'on Monday' (Apr. 21), not from 'the day before', so 2025-04-21TNI"
    ),
    ("146:r084", "eight hours"): (
        "'up from eight hours previously' is read as one offset expression 'eight hours previously' dated 2022-02-10,"
        " not as a duration PT8H"
    ),
    ("146:r088", "Saturday, May 23"): (
        "'2 p.m. Saturday, May 23' is read as one expression, the time 2026-05-23T14:00, rather than the date alone"
    ),
    ("146:r088", "annual"): "'the annual Fallen Officers Memorial Run': 'annual' is not read",
    ("146:r096", "annual"): "'the annual Guns & Hoses charity football game': 'annual' is not read",
    ("146:r102", "the morning after"): "'the morning after he disappeared' (after Halloween) is not read",
    ("146:r106", "Monday"): (
        "'Sentencing him on Monday' is counted from the story date '14 May last year', so the Monday after, 2022-05-16"
    ),
    ("147:r010", "annual"): "'its annual earthquake drill': 'annual' is not read",
    ("147:r026", "the first day of the new year"): (
        "'on the first day of the new year' is found only as 'the new year', read as the year 2024, not the day "
        "2024-01-01"
    ),
    ("147:r047", "Sunday"): (
        "'72 hours beginning Sunday': no tense is found; read as the coming Sunday (Aug. 23) rather than the one just"
        " past (Aug. 16)"
    ),
    ("147:r053", "Thursday"): (
        "'said Tuesday ... did not expect a break in the winds until Thursday': past tense, so read as the Thursday "
        "just past (Oct. 5)"
    ),
    ("147:r054", "8:19 p.m."): (
        "'Then, at 8:19 p.m.' is placed on the day last named, 'Thursday's 6.4 quake', so 2019-07-04T20:19 rather "
        "than Friday"
    ),
    ("147:r061", "10 p.m."): (
        "'a curfew from 10 p.m. to 6 a.m.' is placed on the day of 'noon Tuesday', so 2021-07-20T22:00, not read as a"
        " nightly time"
    ),
    ("147:r061", "6 a.m."): (
        "'a curfew from 10 p.m. to 6 a.m.' is placed on the day of 'noon Tuesday', so 2021-07-20T06:00, not read as a"
        " nightly time"
    ),
    ("147:r085", "the previous day"): (
        "'A 5.8 quake the previous day' is counted from 'Dec. 28', the last date named, so 2019-12-27 rather than "
        "Jan. 6"
    ),
    ("147:r089", "fall"): (
        "'every summer and fall': 'fall' is not read as part of the set; tagged as the fall just past, 2022-FA"
    ),
    ("147:r089", "quarterly"): "'will require quarterly reports': 'quarterly' is not read",
    ("147:r098", "One year ago Wednesday"): (
        "'One year ago Wednesday' is read as two expressions, 'One year ago' (2025) and 'Wednesday' (2026-01-07)"
    ),
    ("147:r098", "6 p.m."): (
        "'shortly after 6 p.m.' is placed on 'Wednesday' itself, 2026-01-07T18:00, not a year back with 'One year ago'"
    ),
    ("147:r108", "annual"): "'during the annual Great ShakeOut drill': 'annual' is not read",
    ("17:r045", "'05"): (
        "'Members of the class of '05': a year after 'class of' names graduates and is not read, as with four digits"
    ),
    ("148:r013", "Eid al-Adha"): (
        "'a day before Muslims ... celebrate Eid al-Adha': the holiday is dated 2015-09-23, the publication day; 'a "
        "day before' is not used"
    ),
    ("148:r022", "the following day"): (
        "'mark Ash Wednesday the following day': counted from 'Ash Wednesday' (Feb. 18) instead of 'Tuesday', so Feb."
        " 19"
    ),
    ("148:r039", "Vesak Day"): (
        "'mark Vesak Day on Wednesday': 'Vesak Day' is not read as a holiday name; nothing is tagged"
    ),
    ("148:r049", "Thursday"): (
        "'hosted ... days before the Hindu festival of lights on Thursday': past tense 'hosted' gives the Thursday "
        "before, Oct. 24"
    ),
    ("148:r050", "that evening"): (
        "'Advent begins Sunday, Dec. 1, the fourth Sunday before Christmas, ... that evening': anchored on "
        "'Christmas', so 2024-12-25TEV"
    ),
    ("148:r056", "the next day"): (
        "'seen on the evening of April 20, Eid al-Fitr will fall the next day': counted from 'Eid al-Fitr' (April "
        "21), so April 22"
    ),
    ("148:r059", "a year earlier"): (
        "'at the same celebration a year earlier': the year-over-year rule gives a day, 2022-11-12 (a year before "
        "publication), not the year 2022"
    ),
    ("148:r062", "the following year"): (
        "'burned in 1921, ... dedicated on Easter Sunday the following year': counted from the publication year, so "
        "2023, not from 1921"
    ),
    ("148:r065", "nine days later"): (
        "'Yom Kippur follows nine days later': counted from 'Yom Kippur' itself (Oct. 2), not Rosh Hashanah (Sept. "
        "22), so 2025-10-11"
    ),
    ("148:r084", "Friday"): (
        "'ends the trip in Iqaluit on Friday': read as the publication day itself (Friday, July 22), not the Friday "
        "after"
    ),
    ("148:r085", "a week later"): (
        "'will be lit a week later': counted from the publication date (Dec. 19), not 'Sunday night' (Dec. 18), so "
        "Dec. 26"
    ),
    ("148:r089", "Sept. 7"): (
        "'will canonize ... on Sept. 7, the Vatican said Friday': past tense 'said' gives the Sept. 7 before, "
        "2024-09-07"
    ),
    ("148:r090", "Tuesday"): (
        "'turned 75 on March 3 ... accepted it on Tuesday, nearly eight months later': anchored on 'March 3', so the "
        "Tuesday after it, March 7"
    ),
    ("148:r094", "Saturday"): (
        "'the world would end on Saturday came and went': 'would end' is read as future, so the next Saturday, Sept. 30"
    ),
    ("148:r107", "622"): "'migration from Mecca to Medina in 622': the bare three-digit year '622' is not read",
    ("149:r019", "A month earlier"): (
        "'inflation jumped to 10.1% in September ... A month earlier': counted from the publication month (October), "
        "so 2022-09"
    ),
    ("149:r048", "semiannual"): "'his semiannual testimony': 'semiannual' is not read as a set",
    ("149:r053", "A year earlier"): (
        "'in February, up from 64.9% in January. A year earlier': counted from the last month mentioned, 'January', "
        "so 2023-01"
    ),
    ("149:r074", "hours"): "'came hours after the Labor Department reported': bare 'hours' is not read as a duration",
    ("149:r076", "annual"): "'the Kansas City Fed's annual Jackson Hole symposium': 'annual' is not read as a set",
    ("149:r076", "10 a.m. Eastern time"): (
        "'began at 10 a.m. Eastern time' is found as '10 a.m.' only, put on the last date mentioned, 'Sept. 16-17': "
        "2025-09-17T10:00"
    ),
    ("149:r100", "Later that day"): (
        "'In the 12 months through November, ... Later that day': anchored on 'November', so 2023-11-XX, not "
        "Wednesday (Dec. 13)"
    ),
    ("149:r105", "December@65"): (
        "'investors expecting two more Fed cuts by December': no tense is found; read as the December just past "
        "(2025-12)"
    ),
    ("150:r012", "The following Tuesday"): (
        "'released Monday. The following Tuesday': read as the day after 'Monday' (Sept. 18), Sept. 19, not the "
        "Tuesday of the week after"
    ),
    ("150:r012", "the same day"): (
        "'watchOS 10 arrives the same day as iOS 17': anchored on 'The following Tuesday' (Sept. 19), not iOS 17's "
        "'Monday' (Sept. 18)"
    ),
    ("150:r021", "noon"): (
        "'opens at 6 a.m. Friday and 8 a.m. Saturday ... gone by noon': put on the last day mentioned, 'Saturday' "
        "(Nov. 29)"
    ),
    ("150:r026", "fiscal third quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("150:r050", "early March"): (
        "'delivery estimates had slipped from Feb. 2 to early March': past tense 'had slipped' gives the March "
        "before, 2023-03"
    ),
    ("150:r078", "the same day"): (
        "'The Mac Studio, also unveiled today, ships the same day': anchored on 'today' (March 8), not 'March 18'"
    ),
    ("150:r082", "Friday"): (
        "'which had been set for Friday': past perfect 'had been set' gives the Friday just past, April 19"
    ),
    ("150:r091", "fiscal first quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("151:r013", "hours"): (
        "'hours after winning': tagged as the duration PTXH (hours written with the T time designator)"
    ),
    ("151:r029", "Saturday"): (
        "'in Saturday's election': read as future tense, so the coming Saturday (May 25) instead of the day before"
    ),
    ("151:r030", "July 31"): "'tax relief ... from July 31': read as past tense ('delivered'), so 2023-07-31",
    ("151:r066", "10.30pm"): (
        "'shortly after 10.30pm' is tagged as one expression, anchored to the publication day, so 2023-10-15T22:30"
    ),
    ("151:r071", "a year"): "'giving platforms a year to work out': read as a rate, tagged as SET P1Y",
    ("151:r074", "hours"): (
        "'hours before she was due': tagged as the duration PTXH (hours written with the T time designator)"
    ),
    ("151:r074", "4 p.m."): (
        "'shortly after 4 p.m.' is tagged as one expression, anchored to 'on Friday' in the previous sentence, so "
        "2024-12-13T16:00"
    ),
    ("151:r082", "the spring"): "'drawing up options for the spring': read as past tense ('reported'), so spring 2023",
    ("151:r095", "hours"): (
        "'hours after MPs and peers passed': tagged as the duration PTXH (hours written with the T time designator)"
    ),
    ("151:r095", "midnight"): (
        "'shortly after midnight' is tagged as one expression, anchored to 'yesterday' and read as the start of that "
        "day, 2020-12-30T00:00"
    ),
    ("151:r101", "hours"): (
        "'within hours of the ... notification': tagged as the duration PTXH (hours written with the T time designator)"
    ),
    ("151:r107", "last Wednesday"): (
        "'last Wednesday' on Thursday May 30 is read as the Wednesday just past (May 29), not the one of the week "
        "before"
    ),
    ("151:r107", "that Friday"): (
        "'and that Friday Parliament was prorogued': counted forward from the publication day, so the coming Friday "
        "(May 31)"
    ),
    ("151:r109", "a year earlier"): (
        "'the figure forecast a year earlier': counted back from 'February or March budget', giving 2025-03"
    ),
    ("151:r111", "1.30pm"): (
        "'begins at 1.30pm': anchored to 'from July 1' in the previous sentence, so 2024-07-01T13:30"
    ),
    ("151:r111", "two days later"): "'his budget reply two days later': counted from 'July 1', so 2024-07-03",
    ("152:r009", "1 a.m."): (
        "'and 1 a.m. on March 2': gets the year of the publication date, 2016-03-02T01:00; 'March 1, 2015' is not used"
    ),
    ("152:r009", "March 2"): (
        "'and 1 a.m. on March 2': read as the March 2 just past (2016-03-02); the year of 'March 1, 2015' is not "
        "carried over"
    ),
    ("152:r016", "that afternoon"): (
        "'as early as that afternoon': anchored to 'Memorial Day' (May 30) rather than 'Tuesday', so 2022-05-30TAF"
    ),
    ("152:r028", "Tuesday"): (
        "'On Tuesday, a state police detective described': anchored to the story date 'Aug. 3, 2017', so 2017-08-08"
    ),
    ("152:r051", "1:34 a.m."): (
        "'texted Dunn at 1:34 a.m.': anchored to the publication day, 2023-10-12T01:34; 'March 18, 2022' is not used"
    ),
    ("152:r051", "8 a.m."): (
        "'and again at 8 a.m.': anchored to the publication day, 2023-10-12T08:00; 'March 18, 2022' is not used"
    ),
    ("152:r051", "that evening"): "'called police that evening': anchored to the publication day, so 2023-10-12TEV",
    ("152:r067", "the night of Jan. 6"): (
        "'the night of Jan. 6': read as the Jan. 6 just past (2020-01-06TNI); the year of 'Jan. 8, 2019' is not "
        "carried over"
    ),
    ("152:r067", "about 9 p.m."): "'from about 9 p.m.': anchored to 'Jan. 6' read as 2020, so 2020-01-06T21:00",
    ("152:r067", "the next morning"): "'until the next morning': counted from 'Jan. 6' read as 2020, so 2020-01-07TMO",
    ("152:r067", "11:47 p.m."): "'at 11:47 p.m.': anchored to 'the next morning' (Jan. 7, 2020), so 2020-01-07T23:47",
    ("152:r101", "Aug. 29"): (
        "'made on Aug. 29': read as the Aug. 29 just past (2015-08-29); 'the summer of 2014' is not used for the year"
    ),
    ("152:r101", "the following spring"): (
        "'arrested the following spring': counted from 'Aug. 29' read as 2015, so spring 2016"
    ),
    ("153:r031", "6 a.m."): (
        "'will be back at 6 a.m.': anchored to the publication day, so 2025-01-08T06:00, not the next morning"
    ),
    ("153:r034", "about 1am"): (
        "'results are expected from about 1am' is put on the publication day (2019-12-12T01:00), not the night after it"
    ),
    ("153:r035", "about eight weeks"): (
        "'sentencing would take place in about eight weeks' is read as a point, the week eight weeks ahead "
        "(2021-W24), not a duration"
    ),
    ("153:r046", "around 6:40 a.m."): (
        "'resume the search at first light, around 6:40 a.m.' is put on the publication day (2024-10-30T06:40), not "
        "the next morning"
    ),
    ("153:r048", "Monday 9:12 a.m."): (
        "'Updated Monday 9:12 a.m.' is read as two expressions; 'Monday' as the Monday just past (Feb. 3), and the "
        "time on that day"
    ),
    ("153:r072", "midnight"): (
        "'remains in place until midnight' is put on 'Monday' from the sentence before (2026-01-05T24:00), not the "
        "publication day"
    ),
    ("153:r081", "tomorrow"): (
        "'close at 10 p.m. tomorrow' is read as one expression, 2024-07-04T22:00, not as the time plus the date "
        "'tomorrow'"
    ),
    ("153:r087", "the next week or so"): (
        "'over the next week or so' is read as 'the next week', the calendar week after (2024-W02), not a duration of"
        " about a week"
    ),
    ("153:r090", "18:00"): (
        "'in its daily bulletin at 18:00' is read as a recurring time (XXXX-XX-XXT18:00), not today's bulletin"
    ),
    ("153:r092", "6 a.m."): (
        "'Shuttle buses will run every 20 minutes from 6 a.m.' is read as a recurring time (XXXX-XX-XXT06:00), not "
        "the race day"
    ),
    ("153:r092", "5.45pm"): (
        "'until after the last race at 5.45pm', in the 'every 20 minutes' sentence, is read as a recurring time "
        "(XXXX-XX-XXT17:45)"
    ),
    ("153:r104", "autumn"): "'a packed autumn slate': 'autumn' used as a modifier is not read",
    ("154:r002", "the financial year 2022-23"): (
        "'the financial year 2022-23' is read as two expressions, the year 2022 and '23' as 2023, not as one fiscal "
        "year"
    ),
    ("154:r015", "FY26"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("154:r015", "the current financial year"): (
        "'the current financial year': only 'current' is tagged, as PRESENT_REF; the fiscal year itself is not read"
    ),
    ("154:r027", "6pm"): (
        "'shortly after 6pm' is put on 'the August 9 vote' mentioned just before (2022-08-09T18:00), not on Monday's "
        "announcement"
    ),
    ("154:r057", "10am"): (
        "'keep their branches open from 10am to 3pm until further notice': '10am' is put on the publication day "
        "(2024-08-14T10:00)"
    ),
    ("154:r057", "3pm"): (
        "'keep their branches open from 10am to 3pm until further notice': '3pm' is put on the publication day "
        "(2024-08-14T15:00)"
    ),
    ("154:r062", "January"): (
        "'arrears for January to March will be paid' is future tense, so read as the coming January (2024-01), not "
        "January 2023"
    ),
    ("154:r068", "around 4:50pm"): (
        "'The blast occurred at around 4:50pm' is put on the publication day (2023-03-08T16:50), not on Tuesday of "
        "the blast"
    ),
    ("154:r068", "Two days earlier"): (
        "'Two days earlier' is counted from the publication day (March 8), so 2023-03-06, not from Tuesday's blast"
    ),
    ("154:r077", "the fiscal year 2023-24"): (
        "'the fiscal year 2023-24' is found as 'the fiscal year 2023' and read as the calendar year 2023; '-24' is "
        "left out"
    ),
    ("154:r077", "the new fiscal year"): "'when the new fiscal year begins' is not read",
    ("154:r082", "21st September"): (
        "'making 21st September ... a statutory public holiday' is read as the last such date (2018-09-21), not a "
        "recurring date"
    ),
    ("154:r082", "1st July"): (
        "'while 1st July, Republic Day, becomes a commemorative day' is read as the last such date (2018-07-01), not "
        "a recurring date"
    ),
    ("154:r089", "the previous week"): (
        "'in the previous week alone' is counted from 'August 25' mentioned before, so 2017-W33, not the week before "
        "Monday"
    ),
    ("154:r098", "that day"): (
        "'at 10 a.m. that day' is tied to 'February 2017' mentioned just before, so 2017-02-XX, not Friday's verdict"
    ),
    ("154:r104", "4pm"): (
        "'takeaway after 4pm' is put on the publication day (2024-11-08T16:00); the 'daily' of the clause before is "
        "not carried over"
    ),
    ("154:r108", "Pohela Boishakh"): "'Pohela Boishakh' (Bengali New Year's Day) is not read",
    ("155:r002", "annual"): "'an annual flu shot each fall': the adjective 'annual' is not read",
    ("155:r028", "annual"): "'an annual mental health checkup': 'annual' is not read, so no SET P1Y is tagged",
    ("155:r041", "per week"): "'one 45-minute cycling class per week': 'per week' is not read",
    ("155:r046", "11 a.m."): (
        "'the marathon on Sunday ... by 11 a.m.': the time is put on the publication day (Monday), so 2026-02-09T11:00"
    ),
    ("155:r049", "annual"): "'annual Pink Ribbon 5K': 'annual' is not read, so no SET P1Y is tagged",
    ("155:r049", "noon"): (
        "'from noon to 6 p.m. the day before the race': 'the day before the race' is not used; noon is put on the "
        "last date, Oct. 6 (2019-10-06T12:00)"
    ),
    ("155:r068", "12:07 a.m."): (
        "'first baby of 2024 at 12:07 a.m. on Jan. 1': the time is put on Jan. 1 read as 2025-01-01, so "
        "2025-01-01T00:07"
    ),
    ("155:r068", "Jan. 1"): (
        "'first baby of 2024 ... on Jan. 1': the year 2024 is not used; read as the nearest Jan. 1, 2025-01-01"
    ),
    ("155:r068", "midnight"): (
        "'shortly after midnight on New Year's Eve' is tagged as 'shortly after midnight', the midnight starting Dec."
        " 31 (2024-12-31T00:00)"
    ),
    ("155:r101", "hours"): "'sold out within hours': tagged as a duration with the time designator, PTXH",
    ("155:r102", "annual"): "'the annual January rush': 'annual' is not read, so no SET P1Y is tagged",
    ("155:r105", "quarterly"): "'released in quarterly installments': 'quarterly' is not read, so no SET is tagged",
    ("156:r016", "annual"): "'The Knot's annual survey': the adjective 'annual' is not read as a set",
    ("156:r030", "Exactly one year later"): (
        "found as 'one year later' without 'Exactly', counted from the 2018 proposal at year level, so 2019"
    ),
    ("156:r030", "the following week"): (
        "'They spent the following week': counted from the July 4, 2018 proposal, not the wedding a year later, so "
        "2018-W28"
    ),
    ("156:r045", "Thursday"): (
        "'celebrated ... on Thursday and will have to wait': the tense is read as future, so the coming Thursday "
        "(March 7)"
    ),
    ("156:r049", "annual"): "'40 percent of annual ring sales': the adjective 'annual' is not read as a set",
    ("156:r067", "the last night of 2019"): (
        "'the last night of 2019' is read as two expressions: 'last night' (the night before publication, "
        "2020-01-01TNI) and '2019'"
    ),
    ("156:r081", "today"): (
        "'today she is about 28' (the present in general) is read as the publication date, 2024-07-19"
    ),
    ("156:r087", "the following fall"): (
        "'engaged on Valentine's Day and planned to marry the following fall': read as the fall of the same year, "
        "2023-FA"
    ),
    ("156:r088", "8:30"): (
        "'Saturday night ... Dinner was served at 8:30': the clock time is read as morning, 2021-05-29T08:30"
    ),
    ("156:r095", "annual"): (
        "'the city's 13th annual Valentine's Day group wedding': the adjective 'annual' is not read as a set"
    ),
    ("156:r108", "New Year's Day"): (
        "'Nov. 18, 2016 ... Nine months later ... on New Year's Day': the year is taken from that 2016 frame, so "
        "2017-01-01"
    ),
    ("157:r023", "the second quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("157:r036", "fiscal 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("157:r063", "the previous month"): (
        "'rose 0.1% from the previous month': counted from 'January' in the sentence before, so 2023-12"
    ),
    ("157:r063", "a year earlier"): (
        "'4.3% from a year earlier': counted from 'the previous month' (2023-12), so 2022-12"
    ),
    ("157:r074", "Jan. 6"): (
        "'Seasonal retail associates needed through Jan. 6': read as the Jan. 6 just past (2018-01-06)"
    ),
    ("157:r085", "a year earlier"): (
        "'rose 2.9% from a year earlier': counted from the publication date, so the day 2019-01-10"
    ),
    ("157:r089", "the previous quarter"): (
        "'up from 98,000 in the previous quarter': counted from the publication quarter (2019-Q1), not the quarter to"
        " December, so 2018-Q4"
    ),
    ("157:r096", "2023"): "'Graduate Program 2023 intake': the year between a name and 'intake' is not read",
    ("158:r001", "1962"): "'A 1962 Ferrari 250 GTO': a year before a product name (model year) is not read",
    ("158:r015", "10 a.m. Eastern"): (
        "found as '10 a.m.' without 'Eastern' and put on the Feb. 25 opening day, 2021-02-25T10:00"
    ),
    ("158:r028", "10 p.m. Central"): (
        "found as '10 p.m.' without 'Central' and put on the Saturday just past, 2024-01-06T22:00"
    ),
    ("158:r028", "Saturday"): (
        "'runs Jan. 25-27 ... closing at 10 p.m. Central on Saturday': no tense is found; read as the Saturday just "
        "past (Jan. 6)"
    ),
    ("158:r032", "6"): (
        "'Wednesday night, with doors opening at 6': the bare number after 'at' is not read as a clock time"
    ),
    ("158:r032", "7"): "'bidding starting at 7': the bare number after 'at' is not read as a clock time",
    ("158:r034", "that year"): (
        "'A 1933 Double Eagle ... struck that year': 1933 is not tagged, so 'that year' is the publication year 2021"
    ),
    ("158:r045", "the year"): (
        "'went private in 2019, said sales for the year through Dec. 15': read as the last named year, 2019"
    ),
    ("158:r059", "Monday"): (
        "'Previews open Thursday ... through Monday': read as the publication day itself (Monday, March 13)"
    ),
    ("158:r059", "7 p.m. Tuesday"): (
        "'The evening sale begins at 7 p.m. Tuesday': read as the day after publication, 2023-03-14T19:00"
    ),
    ("158:r059", "10"): "'the next morning at 10': counted from Tuesday read as March 14, so 2023-03-15T10:00",
    ("158:r067", "the fiscal third quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("158:r067", "fiscal 2022"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("158:r072", "1955"): "'The 1955 Jaguar D-Type': a year before a product name (model year) is not read",
    ("158:r072", "that year"): (
        "'The 1955 Jaguar ... won its class at Le Mans that year': 1955 is not tagged, so 'that year' is the "
        "publication year 2025"
    ),
    ("158:r076", "1954"): "'a 1954 Mercedes-Benz W196R': a year before a product name (model year) is not read",
    ("158:r076", "Aug. 15"): (
        "'next year's event would run Aug. 15-20': 'next year's' is not applied, so the date stays in 2022 (2022-08-15)"
    ),
    ("158:r076", "20"): "'Aug. 15-20': the end day follows 'Aug. 15' read in 2022, so 2022-08-20",
    ("158:r106", "the first six months of 2024"): (
        "'the first six months of 2024' is read as two expressions: 'the first six months' as a duration P6M and '2024'"
    ),
    ("158:r106", "the same period a year earlier"): (
        "'the same period a year earlier' after 'the first six months of 2024': read as the whole year 2023"
    ),
    ("159:r019", "Friday"): (
        "'it would complete emergency inspections ... by Friday': read as the Friday just past (Dec. 27)"
    ),
    ("159:r021", "every 600 flight hours"): (
        "'every 600 flight hours': with 'flight' between the number and 'hours' it is not read"
    ),
    ("159:r026", "about a month"): (
        "'expected in about a month': read as the date a month ahead (DATE 2018-01), not as a duration P1M"
    ),
    ("159:r040", "the second quarter"): (
        "'Airbus said it expects to complete ... in the second quarter': tense taken from 'said', so read as the "
        "quarter just past, 2025-Q2"
    ),
    ("159:r047", "the following morning"): (
        "'resumed the following morning': read as the morning of 'Tuesday 1 April' itself (2025-04-01TMO), not of the"
        " day after"
    ),
    ("159:r056", "the first six months of 2025"): (
        "'the first six months of 2025' is read as two expressions: a duration 'the first six months' (P6M) and the "
        "year '2025'"
    ),
    ("159:r056", "the same period a year earlier"): (
        "'the same period a year earlier' is read as the whole previous year, 2024, not the first half of it"
    ),
    ("159:r086", "Thursday"): (
        "'One year ago today ... On Thursday': anchored on the story date a year back, so the Thursday after it "
        "(2014-04-17)"
    ),
    ("159:r098", "17:46:47"): (
        "'at 17:46:47 on Jan. 2': takes its day from 'Jan. 2', read as 2025-01-02, so 2025-01-02T17:46:47"
    ),
    ("159:r098", "Jan. 2"): (
        "'entered the runway ... on Jan. 2' (published Dec. 26, 2024): read as the coming Jan. 2, 2025-01-02"
    ),
    ("159:r098", "17:47:27"): (
        "'struck it at 17:47:27': takes its day from 'Jan. 2', read as 2025-01-02, so 2025-01-02T17:47:27"
    ),
    ("160:r064", "fiscal 2019"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("160:r096", "the same day"): (
        "'succeeded her ... the same day': taken from the last date mentioned, 'February 1952' (1952-02-XX), not from"
        " 'Thursday'"
    ),
    ("160:r099", "fiscal 2009"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("160:r099", "fiscal 2013"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("160:r110", "a year earlier"): (
        "'wounded in Sicily a year earlier': counted to the day from '6 June 1944', so 1943-06-06 rather than the "
        "year 1943"
    ),
    ("161:r005", "noon"): (
        "'most likely between noon and 4 p.m.' (no particular day): put on the publication day, 2016-02-29T12:00"
    ),
    ("161:r005", "4 p.m."): (
        "'between noon and 4 p.m.' (no particular day): put on the publication day, 2016-02-29T16:00"
    ),
    ("161:r012", "Sunday night"): (
        "'the only supermoon of 2017 on Sunday night': read as the Sunday just past (Nov. 26), so 2017-11-26TNI"
    ),
    ("161:r014", "Friday midday"): (
        "'the Friday midday high tide' is read as two expressions: 'Friday' (2018-03-02) and 'midday' as the clock "
        "time 2018-03-02T12:00"
    ),
    ("161:r015", "10 a.m."): (
        "'off the water and trails by 10 a.m.' (any day of the week): put on the last day mentioned, 'Monday' (July "
        "2), so 2018-07-02T10:00"
    ),
    ("161:r021", "midday"): (
        "'expected to end by midday': read as the clock time 12:00 (2019-10-10T12:00), not as the part of day TMI"
    ),
    ("161:r024", "April 21"): (
        "'Last season, daily forecasts ran until April 21': 'Last season' is not used; read as the coming April 21 "
        "(2020-04-21)"
    ),
    ("161:r024", "afternoons"): "'likely on sunny afternoons in spring' (plural, habitual): not read",
    ("161:r030", "Sunday afternoon"): (
        "'rising above the summits by Sunday afternoon' (a forecast): read as the Sunday just past (March 21), "
        "2021-03-21TAF"
    ),
    ("161:r037", "Feb. 20"): (
        "'the last full freeze came in 2019, on Feb. 20': year taken from 'Two years ago' (2020), not from '2019', so"
        " 2020-02-20"
    ),
    ("161:r047", "the weekend"): (
        "'Sun and moon for the weekend' (a forecast): read as the weekend just past, 2023-W16-WE"
    ),
    ("161:r047", "Saturday"): "'for the weekend: Saturday, sunrise ...': read as the Saturday just past (April 22)",
    ("161:r047", "6:02 a.m."): (
        "'Saturday, sunrise 6:02 a.m.': put on Saturday read as the one just past, so 2023-04-22T06:02"
    ),
    ("161:r047", "7:48 p.m."): (
        "'Saturday, ... sunset 7:48 p.m.': put on Saturday read as the one just past, so 2023-04-22T19:48"
    ),
    ("161:r047", "Sunday"): (
        "'Sunday, sunrise 6:01 a.m.' in a weekend forecast: read as the Sunday just past (April 23)"
    ),
    ("161:r047", "6:01 a.m."): (
        "'Sunday, sunrise 6:01 a.m.': put on Sunday read as the one just past, so 2023-04-23T06:01"
    ),
    ("161:r047", "7:49 p.m."): (
        "'Sunday, ... sunset 7:49 p.m.': put on Sunday read as the one just past, so 2023-04-23T19:49"
    ),
    ("161:r054", "7 a.m. each day"): (
        "'7 a.m. each day' is read as two expressions: '7 a.m.' (XXXX-XX-XXT07:00) and 'each day' (SET P1D)"
    ),
    ("161:r059", "05:02"): (
        "'low water 11:49 and 23:58. Sunrise 05:02': being earlier than 23:58, taken as the next day, so "
        "2024-06-23T05:02"
    ),
    ("161:r059", "21:38"): "'Sunrise 05:02, sunset 21:38': put on the day of '05:02' (June 23), so 2024-06-23T21:38",
    ("161:r063", "midday"): (
        "'expected to reach the coast by midday': read as the clock time 12:00 (2024-10-09T12:00), not as the part of"
        " day TMI"
    ),
    ("161:r064", "Thursday morning"): (
        "'building to 30 ft Thursday morning' (a marine forecast): read as the Thursday just past (Nov. 14), "
        "2024-11-14TMO"
    ),
    ("161:r069", "Saturday"): (
        "'37 inches thick on Saturday': anchored on 'in 2019 ... on April 14', so the Saturday after it (2019-04-20)"
    ),
    ("161:r072", "overnight"): "'10 inches of rain fell overnight': 'overnight' is not read",
    ("161:r075", "that evening"): (
        "'another round of snow that evening' after 'on Sunday': anchored to Saturday, so 2025-11-29TEV rather than "
        "Sunday Nov. 30"
    ),
    ("161:r077", "the weekend"): (
        "'Its track beyond the weekend': tense taken as past; read as the weekend just past (2015-W39-WE)"
    ),
    ("161:r082", "midnight"): (
        "'Snow will begin after midnight': put on the same day as an earlier mention and read as 2017-03-15T24:00 "
        "(end of Wednesday)"
    ),
    ("161:r097", "that afternoon"): (
        "'closed that afternoon' after 'on Monday ... over the weekend': anchored to the weekend, so 2022-06-11TAF "
        "(Saturday)"
    ),
    ("162:r011", "1:05 p.m. ET Sunday"): (
        "'opened as 4.5-point favorites ... at 1:05 p.m. ET Sunday': 'opened' makes it past; read as the Sunday just "
        "past (Jan. 3)"
    ),
    ("162:r018", "a year"): "'$500 million in tax revenue a year': tagged as a duration P1Y, not as a set",
    ("162:r026", "the weekend"): (
        "'left most books close to even for the weekend': read as the coming weekend (2023-W12-WE), not the one just "
        "past"
    ),
    ("162:r034", "August"): "'5000-1 outsiders in August': read as the coming August (2016-08)",
    ("162:r044", "Sept. 5"): (
        "'the Chiefs-Ravens opener on Sept. 5 has moved': 'has moved' makes it past; read as Sept. 5 of the year "
        "before (2023-09-05)"
    ),
    ("162:r051", "Sunday"): (
        "'four days before Sunday's games': read as the coming Sunday (Dec. 22), not the Sunday of the following week"
    ),
    ("162:r070", "the next afternoon"): (
        "'three games on Thanksgiving, the first Black Friday game the next afternoon': counted from Black Friday, so"
        " 2023-11-25TAF"
    ),
    ("162:r082", "Sunday"): (
        "'taking bets on Sunday's marble-racing final': no tense is found; read as the Sunday just past (March 29)"
    ),
    ("162:r090", "9:30 a.m. ET Sunday"): (
        "'the game at 9:30 a.m. ET Sunday in London': no tense is found; read as the Sunday just past (Sept. 29)"
    ),
    ("162:r095", "4:35 p.m. ET Saturday"): (
        "'the opener at 4:35 p.m. ET Saturday': no tense is found; read as the Saturday just past (Dec. 29)"
    ),
    ("162:r100", "Sunday"): (
        "'opened as 7.5-point favorites ... for Sunday's NFC title game': 'opened' makes it past; read as the Sunday "
        "just past (Jan. 12)"
    ),
    ("162:r100", "3:05 p.m. ET"): (
        "'at 3:05 p.m. ET the same day': put on the day of 'Sunday' as found (Jan. 12), so 2020-01-12T15:05"
    ),
    ("162:r100", "the same day"): (
        "'the same day': refers back to 'Sunday' as found, so 2020-01-12 (the Sunday just past)"
    ),
    ("162:r102", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("162:r102", "second half"): (
        "'revenue rose 3% in fiscal 2025 ... a strong second half': read as the calendar half 2025-H2"
    ),
    ("162:r102", "first half"): "'a weak first half' of fiscal 2025 (to June 30): read as the calendar half 2025-H1",
    ("162:r102", "FY2026"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("162:r102", "the first half"): (
        "'FY2026 earnings ... weighted toward the first half': read as the calendar half 2025-H1"
    ),
    ("162:r105", "soon"): "'mobile sports betting could launch soon': 'soon' is not read",
    ("162:r107", "the new decade"): "'first playoff lines of the new decade': 'the new decade' is not read",
    ("163:r021", "'98"): "'Haven't been back since, oh, '98 maybe': the clipped year ''98' is not read",
    ("163:r024", "about eight-thirty that night"): (
        "only 'that night' is found, anchored to 'Testifying Wednesday' (2019-03-20TNI); 'about eight-thirty' is not "
        "read"
    ),
    ("163:r024", "The next day"): (
        "'The next day I went back': counted from 'Testifying Wednesday' (March 20), so 2019-03-21, not the day after"
        " Nov. 14, 2018"
    ),
    ("163:r027", "the summer"): "'A month ago I was booking gigs for the summer': past tense, so read as summer 2019",
    ("163:r027", "May"): "'cancelled through at least May': 'May' is not read",
    ("163:r031", "five"): "'Doors open at five': the bare number 'five' is not read as a time",
    ("163:r032", "12:40"): "'He texted me at like 12:40': '12:40' without a.m./p.m. is not read",
    ("163:r033", "2022"): "'Happy 2022, I guess': the year is not read",
    ("163:r040", "a week from Friday"): (
        "'graduating a week from Friday': read as the coming Friday itself (June 9), not a week after it"
    ),
    ("163:r041", "exactly a year later"): (
        "'exactly a year later, to the day': only 'a year later' is found, read as the year 2008 rather than the day"
    ),
    ("163:r043", "January"): (
        "'the last one in, I think, January': no tense is found; read as the next January (2016-01)"
    ),
    ("163:r049", "Summer"): "'Summer's basically over': sentence-initial 'Summer' is not read",
    ("163:r058", "eight"): "'going to bed at eight': the bare number 'eight' is not read as a time",
    ("163:r061", "three-thirty"): "'I'm up at, like, three-thirty': the spelled-out clock time is not read",
    ("163:r064", "two years"): (
        "'looking for, gosh, two years before that' is read as one expression, an offset back from 2019: the year 2017"
    ),
    ("163:r069", "Monday"): (
        "'Back Monday, bright and early': no tense is found; read as the Monday just past (March 25)"
    ),
    ("163:r076", "Saturday morning"): (
        "'By Saturday morning the water was in the living room': 'Friday, Aug. 25' is not used; read as the Saturday "
        "just past, 2017-09-02TMO"
    ),
    ("163:r076", "Sunday"): (
        "'Sunday we got out': 'Friday, Aug. 25' is not used; read as the Sunday just past (Sept. 3)"
    ),
    ("163:r079", "Friday"): (
        "'So Friday I get home' (story told in the present tense): read as future, the coming Friday (Jan. 22)"
    ),
    ("163:r080", "tomorrow night"): (
        "'Game 4 is tomorrow night', said 'late Sunday night': counted from the publication day (Monday), so "
        "2024-10-29TNI"
    ),
    ("163:r080", "tonight"): (
        "'We don't sleep tonight', said 'late Sunday night': put on the publication day (Monday), so 2024-10-28TNI"
    ),
    ("163:r085", "around 7 Sunday evening"): (
        "'around 7 Sunday evening': the bare '7' is not read; only 'Sunday evening' is tagged, 2015-02-15TEV"
    ),
    ("163:r100", "a year from that day"): (
        "'a year from that day' is read as two expressions: 'a year' as a duration P1Y and 'that day' as last "
        "Saturday (2021-06-26)"
    ),
    ("163:r101", "March 20th"): (
        "'Flights booked for March 20th': 'for' is taken as future; read as the next March 20 (2021-03-20)"
    ),
    ("163:r101", "the twelfth"): "'Then on the twelfth everything gets shut down': a bare ordinal day is not read",
    ("163:r107", "the 3rd of March"): (
        "'born at home in 1950 ... on the 3rd of March': the year 1950 is not used; read as the March 3 just past "
        "(2023-03-03)"
    ),
    ("163:r107", "the next afternoon"): (
        "'till the next afternoon': counted from 'the 3rd of March' read as 2023-03-03, so 2023-03-04TAF"
    ),
    ("163:r107", "Seventy-three years ago last month"): (
        "'Seventy-three years ago last month' is read as two expressions: 'Seventy-three years ago' (1950) and 'last "
        "month' (2023-03)"
    ),
    ("163:r109", "Thursday night"): (
        "'a short week — Thursday night, Christmas, on the road': tense is taken as past; read as the Thursday just "
        "past, 2025-12-18TNI"
    ),
    ("47:r095", "Boxing Day"): (
        "'born on Christmas Day 1929 and died on Boxing Day': counted from the 1929 story year, so 1929-12-26"
    ),
    ("164:r025", "the morning"): (
        "'the night before ... in the morning': put on the same day as 'the night before' (Christmas Eve), so "
        "2023-12-24TMO"
    ),
    ("164:r034", "10 a.m."): (
        "'Reservations open ... at 10 a.m.' (generic): anchored to the publication day, 2021-06-11T10:00"
    ),
    ("164:r056", "9:30"): (
        "'the turkey went in at 9:30': the bare 9:30 is read as p.m. on the day of 'yesterday', so 2019-11-28T21:30"
    ),
    ("164:r060", "Saturday afternoon"): (
        "'Dye the eggs Saturday afternoon': the tense is read as past, so the Saturday just past (March 23), "
        "2024-03-23TAF"
    ),
    ("164:r063", "2 hr 15 min"): "'2 hr 15 min' is read as two durations, PT2H and PT15M",
    ("164:r067", "the same day"): (
        "'recalled its eggs the same day the outbreak was announced': counted from the last date mentioned (Aug. 16),"
        " so 2024-08-16"
    ),
    ("164:r068", "9"): "'a cheese board at 9': a bare hour without a.m./p.m. is not read",
    ("164:r070", "9:30 p.m."): (
        "'the kitchen stops seating at 9:30 p.m.' (generic): anchored to the publication day, 2025-03-14T21:30"
    ),
    ("164:r090", "summer"): "'a summer drought': the season used as a modifier is not read",
    ("164:r096", "Friday"): (
        "'sap running from late February until Friday': the tense is read as future, so the coming Friday (April 7)"
    ),
    ("164:r097", "noon"): "'served them at noon': put on the day of 'the night before' (Dec. 31), so 2016-12-31T12:00",
    ("165:r024", "August"): (
        "'her goal for this year is ... in August': no tense is found; read as the August just past, 2016-08"
    ),
    ("165:r031", "Thursday"): (
        "'On Thursday a disciplinary panel': counted from the story date Jan. 29, so the Thursday after it (Jan. 31)"
    ),
    ("165:r073", "8"): "'a prime-time replay at 8': a bare hour without a.m./p.m. is not read",
    ("165:r087", "07/08/2021 14:32"): (
        "'07/08/2021 14:32': only the date is found (2021-08-07); the clock time 14:32 is not joined to it"
    ),
    ("166:r005", "every two to three hours"): (
        "'every two to three hours': only 'three hours' is found, tagged as a duration PT3H, not a set"
    ),
    ("166:r016", "9:30 a.m."): (
        "'Classes ... meet at 9:30 a.m.' (daily): put on the day of 'next Monday' (July 8), 2024-07-08T09:30"
    ),
    ("166:r016", "10:15"): (
        "'older kids swim at 10:15' (daily): put on the day of 'next Monday' (July 8), 2024-07-08T10:15"
    ),
    ("166:r016", "the following week"): (
        "'made up the following week': counted from 'next Monday' (July 8), not from the end of the two weeks, so "
        "2024-W28"
    ),
    ("166:r021", "Monday"): (
        "'On Monday, Owen celebrated': counted from 'Feb. 29, 2012', so the Monday after it (2012-03-05)"
    ),
    ("166:r021", "Feb. 28"): (
        "'marks the day on Feb. 28' (recurring): the year is taken from 'Feb. 29, 2012', so 2012-02-28"
    ),
    ("166:r023", "7:30"): "'a consistent bedtime ... 7:30': a bare clock time without a.m./p.m. or 'at' is not read",
    ("166:r027", "that September"): (
        "'from April 2024 ... that September': counted from the publication year, not 2024, so 2023-09"
    ),
    ("166:r039", "3 a.m."): "'a fog of 3 a.m. feeds' (generic): anchored to the publication day, 2017-03-14T03:00",
    ("166:r040", "Thursday"): (
        "'Thursday's closure will be made up': the tense is read as future, so the coming Thursday (March 7)"
    ),
    ("166:r048", "a Sunday"): "'Halloween falls on a Sunday this year': 'a Sunday' is not read",
    ("166:r051", "7 p.m."): (
        "'By the end of the first week she was going down at 7 p.m.': put on 'The next night' after Jan. 9, so "
        "2026-01-10T19:00"
    ),
    ("166:r057", "every three to five days"): (
        "'every three to five days': only 'five days' is found, tagged as a duration P5D, not a set"
    ),
    ("166:r061", "Monday"): (
        "'On Monday, the family returned': the tense is read as future, so the coming Monday (Jan. 6)"
    ),
    ("166:r062", "annual"): "'The average annual cost': the adjective 'annual' is not tagged",
    ("166:r063", "Sunday afternoon"): (
        "'By Sunday afternoon' after 'Columbus Day weekend': read as the Sunday just past (Oct. 29), so 2017-10-29TAF"
    ),
    ("166:r063", "the following Friday"): (
        "'by the following Friday': counted from its reading of 'Sunday afternoon' (Oct. 29), so 2017-11-03"
    ),
    ("166:r063", "a whole day"): "'made it through a whole day': not read as a duration",
    ("166:r063", "Two weeks later"): (
        "'Two weeks later': counted from its reading of 'Sunday afternoon' (Oct. 29), so 2017-11-12"
    ),
    ("166:r068", "the following weekend"): (
        "'through Dec. 15 ... the following weekend': read as the weekend of the next week, 2021-W51-WE (Dec. 25-26)"
    ),
    ("166:r076", "nearly an hour"): (
        "'nearly an hour later' is read as one expression, a date counted from the publication date (2015-11-19), not"
        " a duration"
    ),
    ("166:r076", "8:45 a.m."): (
        "'start ... next fall, at 8:45 a.m.': read as a clock time on the publication date, 2015-11-19T08:45"
    ),
    ("166:r079", "3:12 a.m."): (
        "'Last year's first baby didn't come until 3:12 a.m.': read as a clock time on the publication date, "
        "2024-01-01T03:12"
    ),
    ("166:r086", "12:20 a.m."): (
        "'at 12:20 a.m. that day': 'that day' is taken as Wednesday (Nov. 23), not 'Nov. 16', so 2022-11-23T00:20"
    ),
    ("166:r086", "that day"): "'that day' refers back to the nearest date, 'Wednesday' (Nov. 23), not 'Nov. 16'",
    ("166:r086", "two days later"): (
        "'two days later': counted from 'Wednesday' (Nov. 23), not 'Nov. 16', so 2022-11-25"
    ),
    ("166:r090", "the 31st"): "'I go back to work on the 31st': a bare day of the month is not read",
    ("166:r105", "a Saturday"): "'Valentine's Day falls on a Saturday this year': 'a Saturday' is not read",
    ("167:r018", "a week earlier"): (
        "'the week ending Dec. 28 ... a week earlier': read as a day, 2024-12-21 (a week before Dec. 28), not the "
        "week 2024-W51"
    ),
    ("167:r032", "January"): (
        "'the previous peak set in January': read as 2022-01, the January after the publication date (Dec. 31)"
    ),
    ("167:r048", "a year earlier"): (
        "'so far this winter ... at the same point a year earlier': read as the winter a year before, 2018-WI"
    ),
    ("167:r053", "July"): (
        "'Twenty years ago today ... by July': not anchored on 2003; read as the July just past, 2022-07"
    ),
    ("167:r076", "Tuesday"): (
        "'term starts on Tuesday': placed in the 'next week' of the sentence before, so 2022-01-11, not the coming "
        "Tuesday (Jan. 4)"
    ),
    ("167:r090", "Dec. 17"): "'later extending it until Dec. 17': read as the coming Dec. 17, 2023-12-17",
    ("167:r099", "fiscal 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("167:r099", "a year earlier"): (
        "'fiscal 2024, which ended June 30, ... a year earlier': counted from 'June 30', so the day 2023-06-30"
    ),
    ("168:r007", "18 years"): "'Aged 18 years in ex-sherry casks': not read as a duration",
    ("168:r024", "April 15"): (
        "'will release ... on April 15': the tense is taken as past, so read as the April 15 just past, 2015-04-15"
    ),
    ("168:r053", "hours"): "'the first bottles are opened hours before': bare 'hours' is not read as a duration",
    ("168:r057", "late summer"): (
        "'orders they would normally place in late summer': read as the coming summer, 2026-SU"
    ),
    ("168:r060", "a matter of hours"): (
        "'in a matter of hours': tagged as a duration written PTXH (with the T time designator), not PXH"
    ),
    ("168:r063", "late October"): (
        "'brewing happens only in the cold months, from late October': read as one coming month, 2026-10, not every "
        "October"
    ),
    ("168:r063", "early April"): (
        "'from late October to early April' (every season): read as the April of the publication year, 2026-04"
    ),
    ("168:r100", "months@610"): "'will keep for weeks, even months': bare 'months' is not read as a duration",
    ("168:r101", "2025"): "'Beaujolais Nouveau 2025' (a vintage after a product name): the year is not read",
    ("168:r104", "9,000-year"): "'a 9,000-year lease': the comma-grouped number with '-year' is not read as a duration",
    ("169:r011", "annual"): "'its annual walking tour': the adjective 'annual' is not tagged",
    ("169:r014", "December"): (
        "'by December you'll have put in': the future tense is found, but the month is resolved to the December just "
        "past, 2025-12"
    ),
    ("169:r018", "April"): (
        "'a date postponed from April' in a story about 1921: the year 1921 is not carried over; read as April of 2022"
    ),
    ("169:r049", "Dec. 16"): (
        "'entries stop on Dec. 16' after 'all of 1944': the year 1944 is not carried over; read as 2016-12-16"
    ),
    ("169:r051", "Saturday"): (
        "'events at the library wrap up Saturday': read as past tense, so the Saturday before (Feb. 20)"
    ),
    ("169:r052", "the spring"): (
        "'planned to follow in the spring' in a letter of Jan. 3, 1913: the 1913 date is not used; read as spring of "
        "2023 (2023-SP)"
    ),
    ("169:r055", "the same day"): (
        "'began a volunteer indexing drive the same day': anchored to another day in the story, giving 2022-04-02"
    ),
    ("169:r075", "the night of March 31"): (
        "'The Irish Census of 1901 was taken on the night of March 31': the year 1901 is not carried over; read as "
        "2016-03-31TNI"
    ),
    ("169:r075", "Ten years later"): (
        "'Ten years later' after 'Census of 1901': counted from the publication year 2016, so 2026"
    ),
    ("169:r108", "annual"): "'the society's annual event': 'annual' is not read as a set",
    ("170:r006", "a few thousand years"): "'over a few thousand years': not read",
    ("170:r044", "Friday"): (
        "'talks, scheduled to end on Friday': 'scheduled to' is read as future; read as the coming Friday (Nov. 19)"
    ),
    ("170:r058", "April of that year"): (
        "'in April of that year' after 'September 2015 ... a decade earlier': 'that year' is taken as 2005, so 2005-04"
    ),
    ("170:r060", "a year earlier"): (
        "'appeared in November 2017, a year earlier': counted back from November 2017 rather than from the release, "
        "so 2016-11"
    ),
    ("170:r078", "hours"): (
        "'reached Paradise within hours': tagged as a duration PTXH, written with the T time designator"
    ),
    ("170:r079", "the past million years"): (
        "'at least once in the past million years': only 'the past' is tagged, as a vague PAST_REF"
    ),
    ("170:r098", "Meteorological winter"): "'Meteorological winter ends today': not read",
    ("170:r101", "autumn"): "'an exceptionally dry autumn': not read",
    ("170:r103", "Saturday"): (
        "'the snow lingered in shaded spots until Saturday': read as future, so the coming Saturday (Feb. 1)"
    ),
    ("171:r027", "decades"): "'after decades as a January fixture': bare 'decades' is not read as a duration",
    ("171:r033", "July 23"): (
        "'shorten this year's fair to five days, July 23-27': read as past, so July 23 of last year (2024-07-23)"
    ),
    ("171:r035", "the same week"): (
        "'to be held the same week' (as July 20-24): anchored to the publication week, 2020-W25"
    ),
    ("171:r038", "January"): (
        "'exhibitors bracing for weaker demand after the Swiss franc's surge in January': 'bracing for' reads the month"
        " ahead (2016-01)"
    ),
    ("171:r037", "the following Monday"): (
        "'go on sale the following Monday': counted from 'March 24-26', so the Monday after it (March 30), not after "
        "Jan. 9"
    ),
    ("171:r048", "April"): (
        "'originally planned as a two-day in-person event in April': read as the coming April, 2021-04"
    ),
    ("171:r068", "fiscal 2023"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("171:r068", "fiscal 2022"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("171:r073", "Monday"): (
        "'Show hours are ... Monday through Wednesday' after 'Thursday, June 9': read as the publication day, Monday "
        "June 6"
    ),
    ("171:r073", "Wednesday"): "'Monday through Wednesday': continued from Monday June 6, so Wednesday June 8",
    ("171:r073", "4 p.m."): (
        "'before 4 p.m. on the final day': attached to the Wednesday found before it (June 8), so 2016-06-08T16:00"
    ),
    ("171:r073", "the final day"): "'on the final day': not read",
    ("171:r076", "6 p.m."): (
        "'the show closes at 6 p.m. on Sunday': Sunday is not tied to 'Sept. 11-14'; read as the coming Sunday, so "
        "2025-08-24T18:00"
    ),
    ("171:r076", "Sunday"): (
        "'the show closes at 6 p.m. on Sunday': not tied to 'Sept. 11-14'; read as the coming Sunday (Aug. 24)"
    ),
    ("171:r089", "Jan. 5"): (
        "'the 2023 show, to be held Jan. 5-8': the year 2023 is not carried over; read as Jan. 5 of the reference "
        "year, 2022-01-05"
    ),
    ("171:r091", "May 19"): (
        "'Expo, May 19-21 ... passed 5,000 on Friday': the past tense of 'passed' is used; read as May 19 of last "
        "year, 2025-05-19"
    ),
    ("171:r103", "the final weekend"): (
        "'hotel prices for the final weekend': resolved to the weekend of 'opened last Saturday' (Sept. 22-23), "
        "2018-W38-WE"
    ),
    ("171:r108", "the first weekend"): (
        "'headlined the first weekend': resolved to the weekend just ended ('second weekend ended Sunday night'), "
        "2023-W16-WE"
    ),
    ("172:r046", "the following morning"): (
        "'presented to fans the following morning' is counted from 'a day earlier' (Aug. 2), so 2017-08-03TMO"
    ),
    ("172:r076", "midnight"): (
        "'Clubs in Scotland had until midnight' (deadline day, Monday Sept. 1) is put on the publication date, so "
        "2025-09-02T24:00"
    ),
    ("172:r093", "the same day"): (
        "'He appealed the same day' is taken as the day of 'last Sunday's game' (Nov. 19), not of 'on Tuesday' (Nov. "
        "21)"
    ),
    ("172:r106", "annual"): "'three annual installments': 'annual' is not read, no set is tagged",
    ("173:r016", "10 p.m."): (
        "'Friday hours extend to 10 p.m.' (a weekly schedule) is put on the coming Friday, Jan. 3, so 2025-01-03T22:00"
    ),
    ("173:r034", "annual"): "'annual quilt show': 'annual' is not read, no set is tagged",
    ("173:r057", "8 a.m."): (
        "'closed it at 8 a.m.' is put on the day of 'the evening before' (Monday, June 20), so 2016-06-20T08:00"
    ),
    ("173:r058", "March"): "'Originally scheduled to open in March' is read as future, so the coming March (2021-03)",
    ("173:r063", "Feb. 29"): (
        "'Visitors born on Feb. 29' (a birthday, no particular year) is given the publication year, so 2024-02-29"
    ),
    ("173:r070", "monthly"): "'the monthly members' talks': 'monthly' is not read, no set is tagged",
    ("173:r073", "several hours"): (
        "'several hours' is tagged as a duration PTXH (with the time designator T) rather than PXH"
    ),
    ("173:r074", "Aug. 14"): (
        "'Through Aug. 14 at the Royal Academy' is read in past tense, so the Aug. 14 before publication (2015-08-14)"
    ),
    ("173:r076", "the day before"): (
        "'preview the hall the day before it opens': 'the day before' followed by a clause is not read"
    ),
    ("173:r082", "annual"): "'annual members' night': 'annual' is not read, no set is tagged",
    ("173:r088", "Tuesday"): (
        "'before falling silent again on Tuesday' is read in past tense, so the Tuesday just past (Dec. 25) rather "
        "than Jan. 1"
    ),
    ("173:r090", "the fall"): (
        "'then to Seattle in the fall' is read as the coming fall from publication (2019-FA), not the one after the "
        "Jan. 5, 2020 closing"
    ),
    ("173:r101", "the fall"): (
        "'then, in the fall, to Boston' is read as the fall of the publication year (2024-FA), not the one after "
        "'next spring'"
    ),
    ("173:r105", "December"): "'tours, offered twice a week through December' is read in past tense, so December 2019",
    ("174:r024", "2024"): (
        "'the Global Humanitarian Overview 2024': the year at the end of the report title is not read"
    ),
    ("174:r029", "week 8"): "'week 8 (17-23 February)': an epidemiological week number without a year is not read",
    ("174:r061", "2023"): (
        "'according to the Global Humanitarian Overview 2023': the year at the end of the report title is not read"
    ),
    ("174:r071", "FY 2022"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("174:r071", "FY 2023"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("174:r075", "Friday"): (
        "'Requests ... submitted after 18:00 on Friday': 'submitted' is taken as past tense, so read as the Friday "
        "before, Dec. 14"
    ),
    ("174:r077", "the end of the week"): (
        "'By the end of the week' after 'on 27 March': not anchored to 27 March; read as the publication week, 2019-W14"
    ),
    ("175:r009", "quarterly"): "'a quarterly cash dividend': the adjective 'quarterly' is not tagged as a set",
    ("175:r027", "30 consecutive business days"): (
        "'for 30 consecutive business days': 'consecutive business days' is not read as a duration unit, nothing is "
        "tagged"
    ),
    ("175:r060", "the prior year@130"): (
        "'in 2023. The increase from the prior year': counted one year back from the last year mentioned (2023), so "
        "2022"
    ),
    ("175:r060", "the prior year@261"): (
        "'17.6% in the prior year': counted one year back from the preceding 'the prior year' (2022), so 2021"
    ),
    ("175:r065", "quarterly"): "'suspend its quarterly dividend': the adjective 'quarterly' is not tagged as a set",
    ("175:r065", "the foreseeable future"): "'for the foreseeable future' is not read",
    ("175:r066", "quarterly"): (
        "'requires quarterly principal payments': the adjective 'quarterly' is not tagged as a set"
    ),
    ("175:r066", "annual"): "'to make annual prepayments': the adjective 'annual' is not tagged as a set",
    ("175:r068", "the foreseeable future"): "'continue to incur losses for the foreseeable future' is not read",
    ("175:r082", "quarterly"): (
        "'the Board declared a quarterly dividend': the adjective 'quarterly' is not tagged as a set"
    ),
    ("175:r084", "that time"): "'On March 10, 2023, ... At that time, we held': 'that time' is not read",
    ("175:r100", "the year"): "'we finished the year' (letter of March 2021): read as the current year, 2021",
    ("175:r106", "that time"): (
        "'at 11:59 p.m. ... on January 29, 2026 ... prior to that time': 'that time' is not read"
    ),
    ("175:r111", "30 trading-day"): (
        "'a consecutive 30 trading-day period': 'trading-day' is not read as a duration unit, nothing is tagged"
    ),
    ("176:r046", "next Tuesday"): (
        "'pushed back to next Tuesday' is read as the coming Tuesday (Jan. 9), not the Tuesday after 'this Friday' "
        "(Jan. 16)"
    ),
    ("176:r065", "7 a.m."): (
        "'cross the couloir before 7 a.m.' (general advice) is anchored to the publication day, 2019-08-05T07:00"
    ),
    ("176:r066", "late March"): (
        "'rainy seasons, from late March to May' (a yearly pattern) is read as March of the current year, 2021-03"
    ),
    ("176:r066", "May"): "'from late March to May' (a yearly pattern) is read as May of the current year, 2021-05",
    ("176:r066", "November"): (
        "'and again in November' (a yearly pattern) is read as November of the current year, 2021-11"
    ),
    ("176:r076", "this season"): "'only five good days this season' is not read",
    ("176:r080", "that morning"): (
        "'avalanche risk that morning' is tied to 'since Wednesday' (Feb. 14), so 2018-02-14TMO"
    ),
    ("176:r081", "4 a.m."): (
        "'usually leaving the Hut at 4 a.m.' (a habit) is anchored to the publication day, 2024-07-01T04:00"
    ),
    ("176:r088", "the winter solstice"): "'tomorrow, on the winter solstice': 'the winter solstice' is not read",
    ("177:r031", "a year earlier"): (
        "'depleted in 2034, the same as projected a year earlier' is counted back from 2034, so 2033"
    ),
    ("177:r057", "Friday"): "'rises to $203 on Friday': no tense is found; read as the Friday just past (Dec. 25)",
    ("177:r067", "that Friday"): (
        "'promised payment by that Friday' is read as the Friday of 'the previous week' (Aug. 2), not the Friday "
        "after Aug. 5"
    ),
    ("178:r003", "the St Brigid's Day bank holiday"): (
        "'a week on Monday, which is the St Brigid's Day bank holiday': the holiday name is not read; nothing is tagged"
    ),
    ("178:r008", "Monday"): (
        "'discounts starting as early as Monday' (ref Fri Nov. 23): read as future, the coming Monday (Nov. 26)"
    ),
    ("178:r016", "a Friday"): (
        "'bins are normally emptied on a Friday': the habitual 'a Friday' is not read as a set; nothing is tagged"
    ),
    ("178:r018", "Thursday"): (
        "'was sentenced on Thursday' is anchored to the story dates (July 2020), so 2020-07-30, not the publication "
        "week"
    ),
    ("178:r026", "Last Easter"): (
        "'Last Easter' (ref Apr. 23, 2025) is read as the Easter just past, 2025-04-20, not Easter 2024"
    ),
    ("178:r033", "midnight"): (
        "'11pm tonight, midnight in Brussels': 'midnight' is read as the one that starts the reference day, "
        "2020-12-30T24:00"
    ),
    ("178:r036", "up to three-and-a-half hours"): (
        "'arrive up to three-and-a-half hours before their flight': the hyphenated number is not read as a duration; "
        "nothing is tagged"
    ),
    ("178:r042", "8pm"): (
        "'working between 8pm and 6am' (nightly working hours) is anchored to the reference day, 2024-08-09T20:00"
    ),
    ("178:r042", "6am"): (
        "'between 8pm and 6am' (nightly working hours): 6am is read as the morning after the reference day, "
        "2024-08-10T06:00"
    ),
    ("178:r076", "Monday 3 November 2025"): (
        "'07:15 GMT, Monday 3 November 2025' is read as one timestamp, TIME 2025-11-03T07:15, not as the date alone"
    ),
    ("178:r079", "Saturday"): (
        "'after Saturday's home game' (ref Tue May 3): no tense is found; read as the Saturday just past (Apr. 30)"
    ),
    ("178:r089", "1.30am"): (
        "'last trams leave Princes Street at 1.30am, an hour and a half after the bells' is anchored to the reference"
        " day, 2024-12-31T01:30"
    ),
    ("178:r091", "the same quarter a year earlier"): (
        "'the same quarter a year earlier' is read at year granularity, 2023, not as 2023-Q2"
    ),
    ("178:r094", "the extra bank holiday"): (
        "'today, the extra bank holiday granted for the coronation': 'the extra bank holiday' is not read; nothing is"
        " tagged"
    ),
    ("178:r096", "the following night"): (
        "'They returned the following night' is counted from a later anchor, so 2015-04-06TNI, not the night after "
        "Thursday 2 April"
    ),
    ("178:r101", "the Eleventh Night"): (
        "'tomorrow night, the Eleventh Night': the name 'the Eleventh Night' is not read; nothing is tagged"
    ),
    ("179:r013", "that evening"): (
        "'On a call with analysts that evening' is anchored to 'Aug. 4' in the paragraph before, so 2023-08-04TEV"
    ),
    ("179:r013", "Two days later"): "'Two days later' is counted from 'Aug. 4', so 2023-08-06",
    ("179:r018", "the extra week"): "'the extra week added about 9 cents' is not read as a duration; nothing is tagged",
    ("179:r019", "'19"): "'It's mostly '19': the bare apostrophe year (fiscal '19) is not read; nothing is tagged",
    ("179:r027", "the second quarter"): (
        "'we told you the chip shortage would bottom out in the second quarter': read as future from 'would', so "
        "2022-Q2"
    ),
    ("179:r027", "the quarter"): (
        "'we exited the quarter' takes the previously mentioned quarter, 'the second quarter' read as 2022-Q2, so "
        "2022-Q2"
    ),
    ("179:r027", "the second"): "'look a lot like the second' (the second quarter) is not read; nothing is tagged",
    ("179:r027", "the fourth"): (
        "'a more meaningful recovery starting in the fourth' (the fourth quarter) is not read; nothing is tagged"
    ),
    ("179:r032", "the back half"): "'a recovery in the back half' (second half of 2023) is not read; nothing is tagged",
    ("179:r036", "September"): (
        "'we lap last year's price increase in September' (ref July 2023): a past tense is found, so read as 2022-09"
    ),
    ("179:r041", "the final trading day of 2024"): (
        "'the final trading day of 2024' is not read as a day; only '2024' is tagged, as the year 2024"
    ),
    ("179:r047", "March"): (
        "'the 2025 notes mature in March' (ref Aug. 2024): no tense is found; read as March of the current year, "
        "2024-03"
    ),
    ("179:r055", "the extra week"): (
        "'Excluding the extra week in fiscal 2023': 'the extra week' is not read as a duration; nothing is tagged"
    ),
    ("179:r056", "a year ago"): (
        "'July was up high single digits from a year ago' is read as the quarter a year earlier, 2019-Q2, not July 2019"
    ),
    ("179:r059", "full year"): (
        "'results for the fourth quarter and full year ended December 31, 2025': 'full year' is not read; nothing is "
        "tagged"
    ),
    ("179:r061", "the second quarter"): (
        "'we expected pricing to turn positive in the second quarter' (ref July 2018): read as future, 2019-Q2"
    ),
    ("179:r064", "two weeks earlier"): (
        "'only two weeks earlier, on Feb. 22' is counted from 'which ends May 4', so 2024-04-20"
    ),
    ("179:r076", "the second quarter"): (
        "'you'll see reported growth spike in the second quarter' (ref Feb. 2021): read as past, 2020-Q2"
    ),
    ("179:r076", "the fourth"): (
        "'normalize by the fourth' (the fourth quarter) is read as a day of the month after 'From April onward', "
        "2021-04-04"
    ),
    ("179:r081", "the quarter"): (
        "'Let me recap the quarter' (ref Apr. 27) defaults to the current quarter, 2023-Q2, not the one just ended"
    ),
    ("179:r083", "its fiscal first quarter"): (
        "found as 'fiscal first quarter' (without 'its'); fiscal quarters are written as calendar ones (Q1 of FY2025 "
        "-> 2025-Q1), as TBAQ does"
    ),
    ("179:r098", "'26"): (
        "'We're not giving formal '26 guidance': the bare apostrophe year is not read; nothing is tagged"
    ),
    ("179:r100", "Quarter-end"): "'Quarter-end is today': 'Quarter-end' is not read; nothing is tagged on it",
    ("179:r101", "Q2"): (
        "'improve sequentially from Q2 through the back half of the year' (ref Oct. 2024): read as future, 2025-Q2"
    ),
    ("180:r051", "Thursday"): (
        "'I had an appointment for Thursday': past tense 'had' makes it the Thursday just past (Jan. 16)"
    ),
    ("180:r093", "earlier in the week"): (
        "'a day earlier in the week' is read as two expressions: 'a day earlier' (2023-05-10) and 'the week' as the "
        "current week (2023-W20)"
    ),
    ("181:r053", "the spring"): (
        "'may cost ... an estimate ... given in the spring': tense taken from 'may cost'; read as the coming spring "
        "(2018-SP)"
    ),
    ("181:r071", "fiscal 2017"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("181:r071", "the previous fiscal year"): "'up 12 percent from the previous fiscal year': not read",
    ("181:r087", "4 p.m."): (
        "'starting Nov. 4, crews must be off the road by 4 p.m.': anchored to Nov. 4, so 2024-11-04T16:00 rather than"
        " a daily time"
    ),
    ("181:r103", "Labor Day"): (
        "'the state initially said it would reopen by Labor Day': future 'would reopen' makes it the coming Labor Day"
        " (2024-09-02)"
    ),
    ("181:r107", "January"): (
        "'the rail yard contract, expected in January': read as future, the coming January (2018-01)"
    ),
    ("182:r022", "Sept. 6"): (
        "'Bethesda gave Starfield a Sept. 6 release date': past tense 'gave' makes it the Sept. 6 just past "
        "(2022-09-06)"
    ),
    ("182:r033", "A year earlier"): (
        "'A year earlier' is resolved as the same week one year back (2022-W46), not as the year 2022"
    ),
    ("182:r036", "fiscal 2024"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("182:r036", "the fourth quarter"): (
        "'reported net bookings ... for the fourth quarter': read as the calendar fourth quarter just past (2021-Q4),"
        " not Take-Two's fiscal Q4"
    ),
    ("182:r043", "the same night"): (
        "'went live on iOS the same night': counted from the last date mentioned, 'Nov. 10', so 2015-11-10TNI"
    ),
    ("182:r047", "13:00 AST"): (
        "'13:00 AST (10:00 GMT) on Saturday': found as '13:00' only, without 'AST', and put on the reference day "
        "(2024-07-19T13:00)"
    ),
    ("182:r056", "fiscal year 2023"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("182:r068", "soon"): "'will reveal more about the Switch successor soon': 'soon' is not read",
    ("182:r082", "the first day"): (
        "'during the first day of early access, which began Friday': 'the first day' is not read"
    ),
    ("182:r082", "Wednesday"): (
        "'The standard edition unlocks Wednesday': tense taken as past; read as the Wednesday just past (Aug. 30)"
    ),
    ("182:r085", "that evening"): (
        "'watched the blackout ... that evening': anchored to 'early Tuesday morning', the last date mentioned, so "
        "2019-10-15TEV"
    ),
    ("182:r087", "every Tuesday at 10 a.m. Pacific"): (
        "'every Tuesday at 10 a.m. Pacific' is read as two expressions: 'every Tuesday' (SET XXXX-WXX-2) and '10 "
        "a.m.' (XXXX-XX-XXT10:00)"
    ),
    ("182:r088", "its first month"): (
        "'sold 300,000 copies during its first month on Steam': 'its first month' is not read"
    ),
    ("182:r106", "the following spring"): (
        "'followed it with Pathfinder the following spring': counted forward from the publication date (July 2018), "
        "so 2019-SP"
    ),
    ("183:r029", "6 p.m. local time"): (
        "'traffic resumed at 6 p.m. local time': only '6 p.m.' is read, put on the day of 'last Tuesday', so "
        "2021-03-23T18:00"
    ),
    ("183:r030", "the third quarter"): (
        "'the third quarter (October–December)' is read as 2022-Q3; fiscal quarters are written as calendar ones (Q1 "
        "of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("183:r030", "October"): (
        "'(October–December)' after 'the third quarter': 'October' is taken as future, so the coming October (2023-10)"
    ),
    ("183:r034", "Sunday"): (
        "'extended the Lunar New Year holiday by three days to Sunday': read as the end of a period still running, "
        "the coming Sunday (Feb. 9)"
    ),
    ("183:r048", "1900 GMT Friday"): (
        "'(1900 GMT Friday)' is read as two expressions, '1900 GMT' and 'Friday'; tense taken as past, both on the "
        "Friday just past (March 3)"
    ),
    ("183:r089", "tomorrow"): (
        "'from 10 a.m. to 5 p.m. tomorrow': read as the single expression '5 p.m. tomorrow' (2019-07-20T17:00), not "
        "'tomorrow' alone"
    ),
    ("183:r095", "13 May 12:00"): (
        "'cut-off for exports of 13 May 12:00': only '13 May' is read (2024-05-13); the time '12:00' is not attached"
    ),
    ("183:r100", "about three weeks"): (
        "'starting in about three weeks' is read as a date three weeks ahead (2025-W19), not as a duration P3W"
    ),
    ("183:r100", "a year earlier"): (
        "'Imports in March were up 10% from a year earlier': resolved to a quarter, 2024-Q1, not to the month (March "
        "2024)"
    ),
    ("183:r106", "Tuesday"): (
        "'shifts on Tuesday and Wednesday' after 'the middle of next week': read as the Tuesday of next week (March 10)"
    ),
    ("183:r106", "Wednesday"): (
        "'on Tuesday and Wednesday': continued from 'Tuesday' (March 10), so the Wednesday of next week (March 11)"
    ),
    ("183:r108", "A month later"): (
        "'A month later' is counted from 'in April', the last date mentioned, so 2019-05, not from May 10"
    ),
    ("184:r011", "11:00 US Eastern Time"): (
        "'(11:00 US Eastern Time) on Wednesday 19 April 2017': '11:00 US Eastern Time' is not read"
    ),
    ("184:r032", "the Fourth of July"): (
        "'in 2004, the insects were gone by the Fourth of July': not anchored to 2004; read in the publication year "
        "(2021-07-04)"
    ),
    ("184:r037", "the spring"): (
        "'peaked in the spring' after 'March 2019 to February 2020': read as the spring of the last year mentioned, "
        "2020-SP"
    ),
    ("184:r040", "11-hour-55-minute"): (
        "'its 11-hour-55-minute orbit': only '55-minute' is read, as PT55M; '11-hour' is dropped"
    ),
    ("184:r056", "late Friday night"): (
        "'peaks late Friday night': tense taken as past; read as the Friday just past (Dec. 27), so 2024-12-27TNI"
    ),
    ("184:r059", "early May"): (
        "'in early May' after 'February 2023': not anchored to 2023; read as May of the publication year (2025-05)"
    ),
    ("184:r059", "A year later"): (
        "'A year later' (after 'early May' of 2023): counted from the publication year, so 2026"
    ),
    ("184:r063", "Monday"): (
        "'Negotiators gather in Belém ... on Monday': no tense is found; read as the Monday just past (Nov. 3)"
    ),
    ("184:r076", "about two-tenths of a second"): "'It lasted about two-tenths of a second': not read",
    ("184:r087", "decades"): "'still decades away': 'decades' is not read as a duration",
    ("184:r094", "June"): (
        "'completed in June' (after 'finished recruiting 14 months later'): read on the story's time line, so 2022-06"
    ),
    ("184:r103", "the end of the week"): (
        "'by the end of the week' (after 'April 12 ... Three days later'): read as the publication week, 2022-W17"
    ),
    ("185:r011", "23:59:60 Coordinated Universal Time"): (
        "'23:59:60 Coordinated Universal Time': only '23:59' is found (2016-12-31T23:59); the leap second ':60' is "
        "not read"
    ),
    ("185:r021", "the last Sunday in October that year"): (
        "read as two expressions: 'the last Sunday in October' (2019-10-27, next one after publication) and 'that "
        "year' (2019)"
    ),
    ("185:r029", "about a week"): (
        "'about a week afterward' is read as a date a week after Dec. 21 (2020-12-28), not as the duration P1W"
    ),
    ("185:r035", "leap day"): "'Happy leap day!': not read",
    ("185:r035", "about 365.2422 days"): (
        "found as '365.2422 days' without 'about', and the number is cut to three decimals: P365.242D"
    ),
    ("185:r037", "10 a.m. GMT"): (
        "'midnight tonight, 2022 arrives ... at 10 a.m. GMT': put on the day of 'midnight tonight' (Jan. 1), so "
        "2022-01-01T10:00"
    ),
    ("185:r042", "15 minutes"): (
        "'going to bed 15 minutes earlier' is read as a time 15 minutes before '2 a.m. this Sunday' "
        "(2021-03-14T01:45), not as PT15M"
    ),
    ("185:r048", "Thursday"): (
        "'have descended ... for Thursday's rare hybrid solar eclipse': read as past; the Thursday just past (April 13)"
    ),
    ("185:r048", "11:29 a.m. local time"): (
        "found as '11:29 a.m.' and put on the day of 'Thursday's' (read as April 13), so 2023-04-13T11:29"
    ),
    ("185:r050", "early Tuesday"): (
        "'until New Year's Eve 2028 will turn the moon red early Tuesday': counted from Dec. 31, 2028, so 2029-01-02"
    ),
    ("185:r050", "3:04 a.m."): "put on the day of 'early Tuesday' (read as 2029-01-02), so 2029-01-02T03:04",
    ("185:r050", "4:02 a.m. PST"): "put on the day of 'early Tuesday' (read as 2029-01-02), so 2029-01-02T04:02",
    ("185:r056", "Friday night"): (
        "'peaks Friday night into Saturday morning': read as past; the Friday just past (Dec. 27), so 2019-12-27TNI"
    ),
    ("185:r056", "Saturday morning"): (
        "'Friday night into Saturday morning': read as past; the Saturday just past (Dec. 28), so 2019-12-28TMO"
    ),
    ("185:r061", "one second"): "'making the day one second longer': not read",
    ("185:r061", "23:59:60"): (
        "'clocks will tick to 23:59:60': only '23:59' is found (2015-06-30T23:59); the leap second ':60' is not read"
    ),
    ("185:r066", "5pm"): (
        "'Sunset in London now comes before 5pm': put on the publication day, 2024-10-28T17:00, not read as a daily "
        "clock time"
    ),
    ("185:r066", "4pm"): (
        "found as 'just before 4pm' and put on the publication day, 2024-10-28T16:00, not read as a daily clock time"
    ),
    ("185:r068", "8 p.m."): (
        "'from 8 p.m. to 1 a.m. that night': put on the day of the last date mentioned, 'Sunday morning' (Dec. 14), "
        "so 2025-12-14T20:00"
    ),
    ("185:r068", "that night"): (
        "'open its grounds from 8 p.m. to 1 a.m. that night' is not tied to 'Saturday night, Dec. 13'; read as Monday"
        " night, 2025-12-15TNI"
    ),
    ("185:r075", "March"): (
        "'March will then have two full moons': the bare month 'March' at the start of the sentence is not read"
    ),
    ("185:r077", "Wednesday"): (
        "'makes its closest approach to Earth on Wednesday': the present tense is not taken as future; read as the "
        "Wednesday just past (Jan. 25)"
    ),
    ("185:r082", "decades"): "'Iceland will now wait decades': the bare plural 'decades' is not read",
    ("185:r088", "the leap day"): "'thanks in part to the leap day' is not read",
    ("185:r096", "3:18 p.m."): (
        "'starting at 3:18 p.m.' is put on the publication day (2024-04-01T15:18), not on the eclipse day, April 8"
    ),
    ("186:r040", "days"): "'the flooding could last days': the bare plural 'days' is not read",
    ("186:r051", "6:29 a.m."): (
        "'sirens sounded at 6:29 a.m.' is put on the day of the attack, 'Oct. 7, 2023' (2023-10-07T06:29), not on "
        "Monday's anniversary"
    ),
    ("186:r087", "a week earlier"): (
        "'had left Korfez ... a week earlier' is counted from Monday, Nov. 20, not from the seizure 'on Sunday' (Nov."
        " 19), so 2023-11-13"
    ),
    ("186:r101", "Jan. 7"): (
        "'moving the holiday from Jan. 7 in 2023': 'in 2023' is taken as the year of 'Jan. 7', so 2023-01-07"
    ),
    ("186:r107", "A year earlier"): (
        "'A year earlier' is counted back from 'Feb. 24, 2022' in the previous sentence, so 2021-02-24"
    ),
    ("187:r014", "Tuesday@129"): (
        "'No ticket matched ..., pushing the jackpot ... for Tuesday': the past tense is used; read as the Tuesday "
        "just past (Aug. 1)"
    ),
    ("187:r022", "10 p.m."): (
        "'The games run from 7 to 10 p.m.' (weekly bingo nights) is put on the publication day, 2017-04-03T22:00"
    ),
    ("187:r030", "Friday"): (
        "'has rolled 23 times ..., and the next drawing, Friday': the past tense is used; read as the Friday just "
        "past (Dec. 29)"
    ),
    ("187:r038", "Monday night"): (
        "'drawing, set for Monday night, was delayed': 'set for' is taken as future; read as the next Monday night, "
        "2022-11-14TNI"
    ),
    ("187:r046", "midnight"): (
        "'Today is Giving Tuesday ... before midnight' is read as the midnight that began the day (2020-11-30T24:00),"
        " not the one that ends it"
    ),
    ("187:r051", "Saturday@87"): (
        "'for Saturday's drawing after no ticket matched ... Wednesday night': the past tense is used; read as the "
        "Saturday just past (Dec. 28)"
    ),
    ("187:r070", "per day"): "'Limit one entry per person per day': 'per day' is not read",
    ("187:r082", "Saturday"): (
        "'Ticket sales for Saturday's Powerball drawing were brisk': the past tense is used; read as the Saturday "
        "just past (Jan. 13)"
    ),
    ("187:r090", "Saturday"): (
        "'Saturday's Arbor Day 5K': the Saturday is read as the one next to Arbor Day (Friday, April 28), so 2023-04-29"
    ),
    ("187:r090", "8:30 a.m."): (
        "'starts at 8:30 a.m.' is put on the day of the latest date, Arbor Day (2023-04-28), not on Saturday, Apr. 22"
    ),
    ("187:r093", "per week"): "'Submit up to three photos per week': 'per week' is not read",
    ("187:r099", "Christmas"): (
        "'used the date of Christmas' (the numbers 12-25, no year) is read as this year's Christmas, 2021-12-25"
    ),
    ("187:r100", "Friday"): (
        "'Voting ... ran through Friday' is anchored to the story's 'Jan. 9 ... three weeks later', so Friday Feb. 3,"
        " not the Friday just past (Mar. 17)"
    ),
    ("188:r038", "00:00"): (
        "'settled every eight hours, at 00:00': the recurrence is not seen; read as 00:00 on the publication day "
        "(2024-10-25T00:00)"
    ),
    ("188:r038", "08:00"): "'at 00:00, 08:00 and 16:00 UTC': the middle time of the list, '08:00', is not read",
    ("188:r038", "16:00 UTC"): (
        "'every eight hours, at ... 16:00 UTC': the recurrence is not seen; read as 16:00 on the publication day "
        "(2024-10-25T16:00)"
    ),
    ("188:r051", "07:00 GMT"): (
        "'in the 24 hours to 07:00 GMT': put on the last day mentioned, 'Tuesday's presidential election', so "
        "2024-11-05T07:00"
    ),
    ("188:r055", "the first day of the new year"): (
        "'On the first day of the new year': only 'the new year' is tagged, as the year 2018; 'the first day of' is "
        "not read"
    ),
    ("188:r059", "the final three months of 2025"): (
        "'the final three months of 2025' is read as two expressions, a duration P3M and the year 2025"
    ),
    ("188:r063", "the weekend"): (
        "'the previous Friday ... over the weekend': read as the weekend just past from publication (2024-W32-WE, "
        "Aug. 10-11)"
    ),
    ("188:r065", "that morning"): (
        "'was arrested that morning': counted from an earlier date in the text (July 15), so 2020-07-15TMO"
    ),
    ("188:r076", "19 April 2024"): "'Published 19 April 2024, 06:15 BST' is read as one timestamp, 2024-04-19T06:15",
    ("188:r095", "90 days"): (
        "'set to take effect in 90 days' is read as the date 90 days after publication (2021-09-07), not a duration"
    ),
    ("188:r108", "weekend"): (
        "'after a weekend slide': 'a weekend' is tagged as a duration P2D, not the weekend just past"
    ),
    ("189:r031", "the first quarter"): (
        "'could cut its production ... in the first quarter': 'could' is read as future, so the next first quarter, "
        "2022-Q1"
    ),
    ("189:r096", "a week"): "'5,000 Model 3s a week' is tagged as a duration P1W, not a set",
    ("189:r097", "that Thursday"): (
        "'said that Thursday it would not build': only 'Thursday' is tagged, read as the coming Thursday (Feb. 17)"
    ),
    ("189:r103", "a week earlier"): (
        "'had walked out a week earlier': counted from 'Stellantis on Saturday' (Oct. 28), so 2023-10-21"
    ),
    ("190:r017", "Three days later"): (
        "'Three days later': counted from 'Dec. 7, 1941', the last date mentioned, so 1941-12-10"
    ),
    ("190:r022", "the next day"): (
        "'1066: Edward the Confessor died ...; the next day': the year heading is not used; counted from publication,"
        " so 2016-01-06"
    ),
    ("190:r022", "that October"): (
        "'killed at the Battle of Hastings that October': the 1066 heading is not used; read as October of the "
        "publication year (2016-10)"
    ),
    ("190:r023", "Four score and seven years ago"): (
        "'Four score and seven years ago': 'Four score and' is not read; 'seven years ago' is counted from "
        "publication, so 2016"
    ),
    ("190:r026", "four days later"): (
        "'splashed down ... four days later': counted from 'April 11, 1970', the last date mentioned, so 1970-04-15"
    ),
    ("190:r031", "next Thursday"): (
        "'From the Feb. 12, 1925, edition: ... next Thursday': the edition date is not used; read from publication as"
        " Feb. 13, 2025"
    ),
    ("190:r031", "midnight"): (
        "'dancing until midnight': put on 'next Thursday' as read from publication, so 2025-02-13T24:00"
    ),
    ("190:r031", "Saturday"): (
        "'plays Central on Saturday': the 1925 edition date is not used; read as the coming Saturday from publication"
        " (2025-02-15)"
    ),
    ("190:r092", "12 days later"): (
        "'In 1981 ... released 12 days later': counted from the publication date (March 30, 2018), so 2018-04-11"
    ),
    ("190:r098", "2 a.m. Sunday"): (
        "'The week ahead: ... at 2 a.m. Sunday' (published Saturday): put in the following week, March 19, not the "
        "next day (March 12)"
    ),
    ("190:r100", "Christmas night 1776"): (
        "'Christmas night 1776' is read as two expressions: 'Christmas night' in the publication year (2020-12-25TNI)"
        " and '1776' as a year"
    ),
    ("190:r100", "the next morning"): (
        "counted from 'Christmas night' as tagged (2020-12-25TNI), so 2020-12-26TMO rather than 1776-12-26TMO"
    ),
    ("190:r103", "late May"): (
        "'did not surrender until late May' (after Appomattox '150 years ago'): read as May of the publication year, "
        "2015-05"
    ),
    ("191:r012", "that evening"): (
        "'a State Banquet at ... Versailles that evening': anchored to the last date named, 'Friday 22nd', so "
        "2023-09-22TEV"
    ),
    ("191:r015", "Monday"): (
        "'before meeting Emperor Naruhito on Monday' (published Saturday): read as the Monday just past (Nov. 18), "
        "not the coming one (Nov. 25)"
    ),
    ("191:r022", "325"): "'the council held there in 325': the three-digit year is not read",
    ("191:r022", "Sunday"): (
        "'He flies to Beirut on Sunday' (trip leaves Thursday): read as the coming Sunday (Nov. 23), not the one "
        "after departure (Nov. 30)"
    ),
    ("191:r025", "that evening"): (
        "'He will pray ... that evening': anchored to the last date named, 'May 13, 1917', so 1917-05-13TEV"
    ),
    ("191:r032", "Sunday"): "'The rain-soaked Sunday Mass': 'Sunday' used before a noun is not read",
    ("191:r033", "November"): (
        "'later this year ... pencilled in for November' (published Jan. 2): read as the November just past (2025-11)"
    ),
    ("191:r049", "Sunday"): (
        "'He will celebrate Mass ... on Saturday and beatify ... in Blaj on Sunday': read as the Sunday just past "
        "(May 26), not June 2"
    ),
    ("191:r056", "the Wednesday"): (
        "'address ... parliament on the Wednesday': read as the Wednesday of the current week (April 2), not of the "
        "visit next week (April 9)"
    ),
    ("191:r059", "10 a.m. local time Friday"): (
        "'10 a.m. local time Friday' is read as two expressions, '10 a.m.' and 'Friday', both on the Friday just past"
        " (Aug. 25)"
    ),
    ("191:r059", "that day"): (
        "counted from 'Friday' as tagged (the Friday just past, Aug. 25), so 2023-08-25 rather than Sept. 1"
    ),
    ("191:r064", "1054"): "'the Great Schism of 1054': the year is not read",
    ("191:r066", "annual"): "'an annual speech': the adjective 'annual' is not read as a set",
    ("191:r089", "the following evening"): (
        "'Ten years ago this week ... the following evening': put on 2011-05-17 (ten years before publication) "
        "without the day added, not May 18"
    ),
    ("191:r091", "Sunday"): (
        "'He celebrates Mass ... on Sunday' (trip begins Friday, published Monday): read as the Sunday just past "
        "(Feb. 7), not Feb. 14"
    ),
    ("191:r091", "the following day"): (
        "counted from 'Sunday' as tagged (the Sunday just past, Feb. 7), so 2016-02-08 rather than Feb. 15"
    ),
    ("191:r091", "next Wednesday"): (
        "'The trip ends next Wednesday' is read as the first Wednesday after the Feb. 8 publication date (Feb. 10)"
    ),
    ("191:r095", "Sunday"): (
        "'then flies to Tokyo on Sunday': the present-tense itinerary is taken as past; read as the Sunday just past "
        "(May 15)"
    ),
    ("191:r095", "Tuesday"): (
        "'a summit of the Quad on Tuesday': the present-tense itinerary is taken as past; read as the Tuesday just "
        "past (May 17)"
    ),
    ("192:r011", "midnight tonight"): (
        "tagged as 'shortly after midnight tonight', with midnight put at the start of Dec. 31 (2024-12-31T00:00)"
    ),
    ("192:r034", "an hour"): "'more than one pad an hour' (a rate) is tagged as a duration PT1H, not a set",
    ("192:r054", "Sunday"): (
        "'On Sunday, the family marked six months': counted from 'Feb. 21', so the Sunday after it (Feb. 26)"
    ),
    ("192:r061", "three or more weeks"): "'three or more weeks since conception' is not read",
    ("192:r072", "the first year"): "'any time in the first year' is not read",
    ("192:r085", "9 a.m."): (
        "'opens Monday, March 2, at 9 a.m.': the time is not attached to 'Monday, March 2'; tagged as a recurring "
        "time XXXX-XX-XXT09:00"
    ),
    ("192:r094", "the same day"): (
        "'his third birthday the same day' is resolved to 2021-01-01, the day after 'Dec. 31 at 11:58 p.m.', not Dec."
        " 31 itself"
    ),
    ("192:r102", "The first month"): "'The first month was the hardest' is not read",
    ("192:r106", "the first month"): "'checked weekly during the first month' is not read",
    ("192:r108", "Feb. 14"): (
        "'a due date of Feb. 14': the due date is not taken as future; read as the Feb. 14 just past (2022-02-14)"
    ),
    ("192:r108", "Valentine's Day"): (
        "'Feb. 14 — Valentine's Day' (the due date) is read as the Valentine's Day just past (2022-02-14)"
    ),
    ("192:r108", "four weeks later"): (
        "'The next appointment was four weeks later': counted from 'Feb. 14' (2022-02-14), so 2022-03-14, not from "
        "July 5"
    ),
    ("193:r010", "Today"): (
        "'Today, most NBA players ... return' (nowadays) is read as the publication date 2024-08-19, not PRESENT_REF"
    ),
    ("193:r015", "two weeks"): (
        "'will be re-evaluated in two weeks' is read as a date, the week two weeks ahead (2021-W02), not a duration P2W"
    ),
    ("193:r039", "three weeks"): (
        "'will be re-evaluated in three weeks' is read as a date, the week three weeks ahead (2024-W03), not a "
        "duration P3W"
    ),
    ("193:r051", "seven months later"): (
        "'in July, seven months later': counted forward from 'July' (2015-07), so 2016-02, instead of from December "
        "2014"
    ),
    ("193:r059", "around eight weeks"): (
        "'return in around eight weeks' is read as a date, the week eight weeks ahead (2021-W18), not a duration P8W"
    ),
    ("193:r078", "today"): (
        "'in the 1980s; today, players routinely return' (nowadays) is read as the publication date 2021-05-12, not "
        "PRESENT_REF"
    ),
    ("193:r079", "last season"): "'missed all of last season' is not read",
    ("193:r080", "five days"): (
        "'Detroit plays twice in five days' is read as a date five days ahead (2022-11-26), not the duration P5D"
    ),
    ("193:r085", "soon"): "'hopes to be back on court soon': 'soon' is not read",
    ("193:r093", "a week"): (
        "'will be re-evaluated in a week' is read as a date, the week one week ahead (2025-W20), not the duration P1W"
    ),
    ("193:r093", "Saturday@237"): (
        "'in a week. Tip-off Saturday' is counted from the preceding 'in a week', so read as the Saturday after next "
        "(May 17), not May 10"
    ),
    ("193:r093", "8 p.m."): (
        "'Tip-off Saturday is at 8 p.m.' takes its day from 'Saturday' read as May 17, so 2025-05-17T20:00"
    ),
    ("193:r101", "Saturday night"): (
        "'Since then ... On Saturday night' is anchored to the earlier 'May 17' (a Saturday), so 2025-05-17TNI, not "
        "the Saturday just past"
    ),
    ("194:r056", "annually"): "'compared with roughly 5% annually': 'annually' is not read",
    ("194:r062", "semiannually"): "'report results semiannually thereafter': 'semiannually' is not read",
    ("194:r096", "7 p.m. Thursday"): (
        "'The library will screen ... at 7 p.m. Thursday': the tense is taken as past, so read as the Thursday before"
        " (Feb. 6)"
    ),
    ("195:r004", "2 a.m."): (
        "'from 2 a.m. to 8 a.m. Wednesday' takes its day from 'Wednesday' read as the Wednesday before (Sept. 21), so"
        " 2022-09-21T02:00"
    ),
    ("195:r004", "8 a.m. Wednesday"): (
        "'has issued a frost advisory ... to 8 a.m. Wednesday': the tense is taken as past, so read as the Wednesday "
        "before (Sept. 21)"
    ),
    ("195:r009", "late February"): (
        "'In a typical year ... in late February': the generic frame is not seen; read as the coming February (2026-02)"
    ),
    ("195:r009", "mid-October"): (
        "'In a typical year ... leave by mid-October': the generic frame is not seen; read as the coming October "
        "(2025-10)"
    ),
    ("195:r036", "the end of the month"): (
        "'by the end of the month' is counted from the last-named month, 'a warm February' of 2021, so 2021-02, not "
        "April 2022"
    ),
    ("195:r050", "Autumn"): "'Autumn officially began at 8:44 a.m. EDT Sunday': sentence-initial 'Autumn' is not read",
    ("195:r093", "the 18th"): "'Snow overnight on the 18th': 'the 18th' is not read",
    ("195:r093", "mid-morning"): (
        "'kept some observers home until mid-morning' is anchored to the publication day, so 2021-01-04TMO, not the "
        "count day"
    ),
    ("195:r104", "the fall"): "'the first significant snow of the fall': 'the fall' is not read",
    ("195:r104", "May 1"): (
        "'Last year the highway closed on Nov. 12 and did not reopen until May 1': 'May 1' takes the year of 'Last "
        "year', so 2019-05-01"
    ),
    ("196:r011", "Saturday"): (
        "'first 100 days ending Saturday': no tense is found; read as the Saturday just past (April 22)"
    ),
    ("196:r052", "two weeks earlier"): (
        "'released two weeks earlier' is counted from 'Nov. 4', the end of the fieldwork, so 2017-10-21"
    ),
    ("196:r053", "fiscal 2019"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("196:r062", "February"): (
        "'the New York Fed's February Survey of Consumer Expectations': 'February' before a survey name is not read"
    ),
    ("196:r064", "annual"): "'Gallup's annual Most Admired Man and Woman poll': 'annual' is not read as a set",
    ("196:r072", "Tuesday"): (
        "'before the Republican debate in Las Vegas on Tuesday': taken as past from 'was conducted'; read as the "
        "Tuesday just past (Dec. 8)"
    ),
    ("196:r073", "annual"): "'the city's annual resident survey': 'annual' is not read as a set",
    ("196:r078", "9/8"): "'conducted 9/8-9/11': numeric month/day dates joined by a hyphen are not read",
    ("196:r078", "9/11"): (
        "'conducted 9/8-9/11': numeric month/day dates joined by a hyphen are not read, so the end date is missed"
    ),
    ("196:r095", "annual"): "'Ofcom's annual news consumption survey': 'annual' is not read as a set",
    ("197:r023", "Thursday night"): (
        "'Thursday night previews' is not tied to 'Friday, April 26'; read as the coming Thursday (March 7), so "
        "2019-03-07TNI"
    ),
    ("197:r023", "7 p.m."): (
        "'previews beginning at 7 p.m.' is put on the Thursday night read as March 7, so 2019-03-07T19:00"
    ),
    ("197:r073", "the weekend"): (
        "'studios have largely avoided the weekend': taken as past from 'have avoided'; read as the weekend just past"
        " (2025-W43-WE)"
    ),
    ("197:r096", "January"): (
        "'has already dated the sequel ... for January': taken as past from 'has dated'; read as January 2025 (2025-01)"
    ),
    ("198:r045", "that night"): (
        "'anyone who remembers that night' is anchored to 'on Saturday' (Sept. 28, 2024), not Sept. 28, 1994, so "
        "2024-09-28TNI"
    ),
    ("198:r066", "that April"): (
        "'last seen that April' is read as April of the publication year (2018-04), not of 1978"
    ),
    ("198:r076", "January"): "'a new forensic review begun in January' is read as the coming January (2016-01)",
    ("198:r084", "daybreak"): "'did not call police until daybreak': 'daybreak' is not read",
    ("198:r104", "Friday"): (
        "'On Friday, they released it' is counted from 'Oct. 28, 1992' in the story; read as the Friday after it "
        "(1992-10-30)"
    ),
    ("198:r106", "Fourth of July"): (
        "'a Fourth of July fireworks display in Duluth in 1985': the later 'in 1985' is not joined; read as this "
        "year's, 2025-07-04"
    ),
    ("198:r106", "around 10 p.m."): (
        "'left around 10 p.m.' is put on the publication day (2025-07-04T22:00), not on the 1985 Fourth of July"
    ),
    ("198:r106", "Forty years later"): (
        "'Forty years later' is counted from the Fourth of July read as this year's (2025), so 2065"
    ),
    ("198:r107", "The leap day"): "'The leap day marks exactly 1,000 days': 'the leap day' is not read",
    ("199:r054", "the quarter"): (
        "'Results for the quarter' takes the value of 'the fourth quarter of fiscal 2022', and fiscal quarters are "
        "written as calendar ones, so 2022-Q4"
    ),
    ("199:r086", "the last month"): (
        "'two in the last month': read as the previous calendar month, 2023-04, not as a duration P1M"
    ),
    ("199:r099", "quarterly"): "'will submit quarterly reports': the adjective 'quarterly' is not read, so no set",
    ("200:r002", "10 p.m."): (
        "'dinner runs Wednesday through Sunday, 5 to 10 p.m.': the weekly hours are put on Sunday July 2, so "
        "2023-07-02T22:00"
    ),
    ("200:r015", "the weekend before"): (
        "'planned for the weekend before': not counted back from 'July 9'; read as 2024-W26-WE (June 29-30)"
    ),
    ("200:r020", "midnight"): (
        "'open through Jan. 1 ... a partial government shutdown begins at midnight': midnight is put on Jan. 1, so "
        "2019-01-01T24:00"
    ),
    ("200:r047", "Monday"): (
        "'got the green light Friday to reopen on Monday': past tense is taken from 'got'; read as the Monday just "
        "past (June 8)"
    ),
    ("200:r047", "evening"): "'by evening every chair was booked': put on the Monday read as June 8, so 2020-06-08TEV",
    ("200:r047", "the following Saturday"): (
        "'booked through the following Saturday': read as the next Saturday, 2020-06-13, not the one after the Monday"
        " reopening"
    ),
    ("200:r052", "9 p.m."): (
        "'must stop seating guests at 9 p.m.': the standing rule is put on 'Friday, Jan. 15', so 2021-01-15T21:00"
    ),
    ("200:r062", "Christmas"): (
        "'open ... every day of the year, including Christmas': read as the Christmas just past, 2023-12-25"
    ),
    ("200:r067", "6 a.m."): (
        "'will open an hour earlier, at 6 a.m.': put on the publication day, so 2025-03-03T06:00, not a time on any day"
    ),
    ("200:r070", "The final weekend"): (
        "'The final weekend is expected to be busy': not tied to the Sun. Oct. 27 closing; read as 2024-W41-WE (Oct. "
        "12-13)"
    ),
    ("200:r077", "11 p.m."): (
        "'out of Capri's by 11 p.m. under the curfew': put on the publication day, so 2021-03-12T23:00, not a time on"
        " any day"
    ),
    ("200:r082", "the first night"): (
        "'On the first night, the wait for a table topped two hours': 'the first night' is not read"
    ),
    ("201:r053", "the day"): "'before ending the day at 38.57': 'the day' is not read",
    ("201:r058", "quarterly"): "'declared a quarterly cash dividend': the adjective 'quarterly' is not read, so no set",
    ("201:r093", "a year earlier"): (
        "'from a year earlier' is counted from 'July' (July's 40-year high), so 2021-07, not from September"
    ),
    ("201:r100", "fiscal 2020"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("203:r020", "two years earlier"): (
        "'two years earlier' is counted from '1998' (the 1998 side), so 1996, not from the 2018 World Cup"
    ),
    ("203:r029", "that season"): "'went on to win the state title that season': 'that season' is not read",
    ("203:r047", "last season"): "'Keller, who hit .241 last season': 'last season' is not read",
    ("203:r076", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("203:r079", "the following afternoon"): (
        "'The championship game is the following afternoon': counted from 'Jan. 22', so 2022-01-23TAF, not from "
        "Friday (March 18)"
    ),
    ("204:r003", "Friday"): (
        "'information about Friday' gets past tense (after 'are also canceled'); read as the Friday just past (Dec. "
        "29, 2017)"
    ),
    ("204:r008", "Saturday night"): (
        "'forecasters warned of ... snow by Saturday night': past tense of 'warned' is used; read as the Saturday "
        "night just past (2016-01-16TNI)"
    ),
    ("204:r010", "five days earlier"): (
        "'five days earlier' is counted from the publication date (March 8), not from the Wednesday storm, so "
        "2018-03-03"
    ),
    ("204:r038", "June"): (
        "'A year earlier, ... add two days in June': the 'A year earlier' frame is not applied; read as June of the "
        "publication year (2024-06)"
    ),
    ("204:r041", "Wednesday"): (
        "'a decision on Wednesday would come', under 'officials said', is taken as past tense; read as the Wednesday "
        "just past (Jan. 20)"
    ),
    ("204:r042", "the next night"): (
        "'Monday, Feb. 6' is placed in 2017 (not the Blizzard of 1978), so 'the next night' becomes 2017-02-07TNI"
    ),
    ("204:r042", "the following Monday"): (
        "counted from 'Monday, Feb. 6' placed in 2017 (not 1978), so 'the following Monday' becomes 2017-02-13"
    ),
    ("204:r059", "Tuesday"): (
        "'Tuesday's snow day will be made up': the future 'will' is used; read as the next Tuesday (Feb. 20)"
    ),
    ("204:r059", "Good Friday"): (
        "'had been scheduled as a day off for Good Friday' is taken as past tense; read as Good Friday 2023 (April "
        "7), not 'Friday, March 29'"
    ),
    ("204:r073", "nearly three years ago"): (
        "'nearly three years ago' is counted back whole years from 2017, so 2014; 'nearly' and 'January 2015' are not"
        " used"
    ),
    ("204:r074", "Tuesday"): (
        "'have moved to an e-learning day schedule for Tuesday' is taken as past tense; read as the Tuesday just past"
        " (Feb. 4)"
    ),
    ("204:r076", "6:15 a.m. Thursday"): (
        "'waiting until 6:15 a.m. Thursday' is taken as future; read as the next Thursday (2020-01-23T06:15)"
    ),
    ("204:r076", "the night before"): (
        "counted from 'Thursday' read as Jan. 23 (the next Thursday), so 'the night before' becomes 2020-01-22TNI"
    ),
    ("204:r085", "Today"): (
        "'Today most use group texts' is read as the publication day (2019-12-02), not as generic PRESENT_REF"
    ),
    ("204:r093", "late June"): (
        "'The year before, ... into late June' takes its year from 'The year before' (2018), so 2018-06"
    ),
    ("204:r107", "February"): (
        "'the winter of 1996' is taken as winter 1996-97, so 'two Saturdays in February' becomes 1997-02"
    ),
    ("205:r058", "September"): "'disclosed in September' takes its year from the preceding 'August 2013', so 2013-09",
    ("205:r076", "late April"): "no tense is found for 'beginning in late April'; read as the next April (2024-04)",
    ("205:r097", "7 a.m. Monday"): (
        "'remained offline until 7 a.m. Monday': 'until' is taken as future, so read as the coming Monday (July 25) "
        "at 7 a.m."
    ),
    ("206:r011", "the summer"): (
        "'since 1969, the summer Stan and Irene were married': the appositive 'the summer' is not read"
    ),
    ("206:r045", "earlier that week"): (
        "'published earlier that week' is counted from 'born Jan. 17, 1922', so 1922-W03 instead of the week of the "
        "death"
    ),
    ("206:r068", "10 p.m."): (
        "'spent the previous evening ... past 10 p.m.': 'previous evening' is not used; put on New Year's Day, so "
        "2019-01-01T22:00"
    ),
    ("206:r073", "Feb. 5"): (
        "'the county records list Feb. 5': the year 1925 from 'Feb. 2, 1925' is not carried over; read as Feb. 5, 2020"
    ),
    ("206:r087", "the following night"): (
        "'added for the following night' is counted from 'April 6, 1959', so 1959-04-07TNI instead of the night after"
        " the 2024 concert"
    ),
    ("206:r088", "the 12th"): "'on the 12th' (a bare day of the month) is not read",
    ("206:r096", "8 p.m. ET"): (
        "'at 8 p.m. ET on Wednesday': takes the date of 'Wednesday', read as the Wednesday just past, so "
        "2023-04-19T20:00"
    ),
    ("206:r096", "Wednesday"): (
        "'NBC will air ... on Wednesday': the future 'will air' is not found; read as the Wednesday just past (April "
        "19)"
    ),
    ("206:r101", "October"): (
        "'ahead of what would have been her 90th birthday in October': read as the October just past (2024-10), not "
        "the one after 2026"
    ),
    ("207:r001", "the first six months of 2024"): (
        "'the first six months of 2024' is read as two expressions, a duration P6M and the year 2024, not as 2024-H1"
    ),
    ("207:r021", "the second half of the year"): (
        "'the second half of the year' is taken in the reference year (2026-H2), not the year of 'in 2025' / 'last "
        "year' before it"
    ),
    ("207:r030", "the month"): (
        "'during the month' refers back to 'March 2021' instead of 'in March', so read as 2021-03"
    ),
    ("207:r032", "later that morning"): (
        "'later that morning' is counted from 'New Year's Eve' (Dec. 31), so 2018-12-31TMO instead of New Year's Day "
        "morning"
    ),
    ("207:r051", "Monday afternoon"): (
        "'still canvassing the area Monday afternoon' is counted from 'March 3 ... Two weeks later', so 2015-03-23TAF"
    ),
    ("207:r068", "fiscal 2023"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("207:r068", "Oct. 1"): (
        "'fiscal year runs from Oct. 1 to Sept. 30' (a yearly date) is read as one specific date, Oct. 1, 2023"
    ),
    ("207:r068", "Sept. 30"): (
        "'from Oct. 1 to Sept. 30' (a yearly date) is read as one specific date, continuing from Oct. 1, 2023, so "
        "2024-09-30"
    ),
    ("207:r073", "the year"): (
        "'the quietest month of the year' is taken as the reference year (2026), not the year of 'December' (2025)"
    ),
    ("207:r076", "January"): (
        "'17 people were killed in January': the story year 2016 is not carried over; read as the January of the "
        "reference year (2017-01)"
    ),
    ("207:r076", "the final weeks of the year"): (
        "'the final weeks of the year' is found only as 'the year', taken as the reference year 2017 instead of 2016"
    ),
    ("207:r078", "the first three months of the year"): (
        "'the first three months of the year' is read as two expressions, a duration P3M and 'the year' (2023), not "
        "as 2023-Q1"
    ),
    ("207:r084", "6:30"): (
        "'meetings ... will run from 6:30 to 8 p.m.' (a recurring time) is put on the reference date, so "
        "2018-10-16T18:30"
    ),
    ("207:r084", "8 p.m."): (
        "'will run from 6:30 to 8 p.m.' (a recurring time) is put on the reference date, so 2018-10-16T20:00"
    ),
    ("207:r084", "quarterly"): "'the quarterly forums' (the adjective 'quarterly') is not read",
    ("207:r089", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("207:r091", "the end of February"): (
        "'by the end of February, 27 people had been killed': read as February 2025 (2025-02); 'ended 2024' is not "
        "carried over"
    ),
    ("207:r108", "hours"): "'The shootings came hours after 2023 ended': bare 'hours' is not read",
    ("208:r026", "Saturday"): "'off the road ... on Saturday and Sunday': read as the Saturday just past (Dec. 24)",
    ("208:r026", "Sunday"): (
        "'Saturday and Sunday': Sunday follows the past Saturday, so the Sunday just past (Dec. 25)"
    ),
    ("208:r026", "the end of March"): (
        "'Milan had already passed that mark by the end of March': read as the coming March (2017-03)"
    ),
    ("208:r049", "annual"): "'The state's annual radon awareness campaign': 'annual' is not read",
    ("208:r059", "10 a.m."): (
        "'no watering is permitted between 10 a.m. and 4 p.m.': put on 'Beginning March 1', so 2026-03-01T10:00"
    ),
    ("208:r059", "4 p.m."): (
        "'no watering is permitted between 10 a.m. and 4 p.m.': put on 'Beginning March 1', so 2026-03-01T16:00"
    ),
    ("208:r085", "6 a.m."): (
        "'from 6 a.m. to 9 p.m. Saturday': Saturday is read as the one just past (Jan. 24), so 2026-01-24T06:00"
    ),
    ("208:r085", "9 p.m. Saturday"): (
        "'imposed emergency reduction measures ... 9 p.m. Saturday': read as the Saturday just past, 2026-01-24T21:00"
    ),
    ("208:r091", "Friday"): "'asking anyone ... to report symptoms by Friday': read as the Friday just past (April 12)",
    ("208:r094", "that night"): (
        "'the main that broke that night': anchored to the publication day ('this morning'), so 2020-01-02TNI, not "
        "Dec. 30"
    ),
    ("208:r098", "quarterly"): "'its quarterly update': 'quarterly' is not read",
    ("209:r004", "summer"): "'followed by a summer staging': bare 'summer' is not read",
    ("209:r007", "that date"): (
        "'refund tickets for all performances through that date': resolved to 2020-03-01, not to 'April 12'"
    ),
    ("209:r032", "Sunday"): (
        "'canceled performances through Sunday': no tense is found; read as the Sunday just past (Dec. 19)"
    ),
    ("209:r033", "the following September"): (
        "'set to begin in Chicago the following September': read as 2025-09, the September after 'last summer', not "
        "after March 1"
    ),
    ("209:r035", "New Year’s Eve"): (
        "'New Year’s Eve gala this year': read as the New Year's Eve just past (2023-12-31); 'this year' is not applied"
    ),
    ("209:r045", "May 9"): "'calling off performances through May 9': read as the May 9 just past (2019-05-09)",
    ("209:r051", "the following month"): (
        "'A national tour begins the following month': read as 2024-10, the month after 'Labor Day', not after the "
        "Dec. 29 closing"
    ),
    ("209:r058", "the week before"): (
        "'a dress rehearsal the week before' (the Sept. 28 reopening) is resolved to the publication week, 2021-W18"
    ),
    ("209:r088", "the Sunday before"): (
        "'the Sunday before' is counted from 'Oct. 1', the last date mentioned, so Sept. 28, not the Sunday before "
        "the Nov. 7 opening"
    ),
    ("209:r088", "April"): "'follows in April': no tense is found; read as the April just past (2025-04)",
    ("210:r005", "the end of the week"): (
        "'by the end of the week' is resolved to the publication week (2021-W31), not the week of the Tuesday reopening"
    ),
    ("210:r021", "Fiscal year 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("210:r027", "Dec. 12"): (
        "'the earliest road test available was Dec. 12': past tense 'was' puts it before the publication date, "
        "2018-12-12"
    ),
    ("210:r027", "Three weeks later"): (
        "'Three weeks later' is counted from 'Dec. 12' (read as 2018-12-12), so 2019-01-02, not from 'Oct. 1'"
    ),
    ("210:r030", "March"): (
        "'the earliest slot he could find in March: Oct. 3' is read as future, the next March (2019-03)"
    ),
    ("210:r046", "September"): (
        "'travelling in the September school holidays' is read as past, the September before publication (2024-09)"
    ),
    ("210:r073", "about 140 days"): (
        "'a decision in about 140 days' is read as the date 140 days after publication (2022-05-23), not as a duration"
    ),
    ("210:r098", "9 a.m."): (
        "'by 9 a.m.' is put on the last day mentioned, 'Martin Luther King Jr. Day' (Jan. 18), not on 'Tuesday' (Jan."
        " 19)"
    ),
    ("211:r016", "8 p.m. Eastern"): (
        "found as 'shortly after 8 p.m.' (without 'Eastern') and put on 'Friday' (June 29), the last day mentioned, "
        "not Sunday July 1"
    ),
    ("211:r034", "mid-January"): (
        "'A year earlier, ... by mid-January' is read as the January just past (2018-01); 'A year earlier' is not "
        "applied"
    ),
    ("211:r049", "noon ET"): (
        "'at noon ET': only 'noon' is tagged, and it is put on 'Monday' (June 30), the last day mentioned"
    ),
    ("211:r079", "7 p.m. ET"): (
        "'on Tuesday and Wednesday, with the first round beginning at 7 p.m. ET': put on the last day mentioned, "
        "Wednesday (Oct. 7)"
    ),
    ("211:r105", "three months"): (
        "'could return in three months' is read as the date three months after publication (2022-02), not as a duration"
    ),
    ("212:r010", "120 days"): (
        "'the claim period closes 120 days after that' is tagged as a date, 2016-05-31 (120 days from Feb. 1), not as"
        " the duration P120D"
    ),
    ("212:r031", "10 or more hours"): "'who document 10 or more hours of lost work' is not read",
    ("212:r053", "Friday"): (
        "'on Friday the judge said': counted from the story time 'three weeks later' (after Feb. 10), so read as "
        "Friday, March 5"
    ),
    ("212:r072", "Thursday"): (
        "'Thursday's ruling ends a legal fight': the present tense 'ends' is read as future, so the next Thursday "
        "(Sept. 6)"
    ),
    ("212:r094", "the first day of summer"): (
        "'the first day of summer': only 'summer' is tagged, as the season 2022-SU"
    ),
    ("213:r006", "annual"): "'under the project's annual release schedule': 'annual' is not read",
    ("213:r010", "annual"): "'for each annual feature update': 'annual' is not read",
    ("213:r014", "March"): "'its March Android security bulletin': 'March' before a noun is not read",
    ("213:r032", "quarterly"): "'Oracle's quarterly Critical Patch Update': 'quarterly' is not read",
    ("213:r037", "fiscal 2025"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("213:r066", "the fiscal fourth quarter"): (
        "'the fiscal fourth quarter, which ended June 30' is read as the calendar fourth quarter just past, 2023-Q4"
    ),
    ("213:r066", "a year earlier"): (
        "'compared with a year earlier' is counted back one year from 'the fiscal fourth quarter' (2023-Q4), so 2022-Q4"
    ),
    ("213:r083", "hours"): (
        "'Builds began failing within hours' is tagged as the duration PTXH, written with the time marker T"
    ),
    ("214:r023", "two weekends"): "'will run two weekends' is tagged as a duration P4D (two days per weekend)",
    ("214:r051", "a year earlier"): (
        "'down slightly from a year earlier' (last year's fair): read as the same week a year back, 2023-W34"
    ),
    ("214:r053", "4 p.m."): (
        "'On the added day, gates would open at 4 p.m.': the proposed Friday is not seen; anchored to the publication"
        " day, 2022-09-12T16:00"
    ),
    ("214:r058", "June 5"): (
        "'next year's festival ... likely June 5-7': 'next year' is not carried over; read as the coming June 5 of "
        "this year, 2019-06-05"
    ),
    ("214:r058", "7"): "'June 5-7': the range end follows 'June 5' into this year, so 2019-06-07",
    ("214:r062", "later that day"): (
        "'later that day' is counted from 'The night before', so Dec. 31 (2023-12-31), not New Year's Day"
    ),
    ("214:r064", "March 18"): (
        "'the 2018 parade will be held March 18': the year 2018 is not carried over; read as March 18 of this year, "
        "2017-03-18"
    ),
    ("214:r068", "fiscal 2022"): "fiscal years are written as calendar ones (FY2025 -> 2025), as TBAQ does",
    ("214:r077", "Feb. 29"): "'People born on Feb. 29' (any year): read as the coming Feb. 29, 2024-02-29",
    ("214:r078", "8"): "'a family fireworks show at 8': a bare hour without a.m./p.m. is not read",
    ("214:r084", "Monday afternoon"): (
        "'the baby contest Monday afternoon' (during the fair): no tense is found; read as the publication Monday, "
        "2022-08-01TAF"
    ),
    ("214:r084", "10 p.m."): (
        "'fireworks at 10 p.m. on the final Saturday': attached to the last day named, 'Thursday, Aug. 11', so "
        "2022-08-11T22:00"
    ),
    ("214:r084", "the final Saturday"): (
        "'the final Saturday' is found only as 'Saturday', read as the coming Saturday (Aug. 6), not the fair's last "
        "day"
    ),
    ("214:r100", "6 p.m."): (
        "'the lighted Christmas parade follows at 6 p.m.': attached to 'Christmas', so 2019-12-25T18:00 instead of "
        "Saturday, Dec. 7"
    ),
    ("214:r105", "the final weekend"): "'the final weekend of parades' is not read",
    ("215:r006", "late Thursday night"): (
        "'landing ... late Thursday night': the past tense is not found; read as the coming Thursday, 2016-12-29TNI"
    ),
    ("215:r023", "biennial"): "'the Royal Australian Air Force's biennial air combat drill': 'biennial' is not read",
    ("215:r048", "annual"): "'its annual Dragoon Ready exercise': 'annual' is not read",
    ("215:r074", "June 2"): (
        "'known until June 2 as Fort Bragg': 'until' is read as future, so the coming June 2 (2024-06-02)"
    ),
    ("215:r076", "the next year"): (
        "'will spend the next year resetting equipment': read as a date, the year 2019, not a duration P1Y"
    ),
    ("215:r096", "soon"): "'expect to deploy again soon': 'soon' is not read",
    ("216:r020", "leap day"): "'barely missing leap day': 'leap day' is not read",
    ("216:r031", "Sunday"): "'in a Sunday news release': 'Sunday' used before a noun is not read",
    ("216:r058", "midnight Saturday"): (
        "'born 40 seconds after midnight Saturday': read as elapsed time, so the Saturday a week before (Dec. 25), "
        "2021-12-25T24:00"
    ),
    ("216:r062", "1:02 a.m."): (
        "'the year before that, at 1:02 a.m.': 'the year before that' is not applied; put on last New Year's Day, "
        "2018-01-01T01:02"
    ),
    ("216:r104", "each new year"): "'the first baby of each new year': 'each new year' is not read",
    ("217:r003", "Monday"): (
        "'by noon Friday, May 26, and will stay lifted through Monday': counted from the publication date, so the "
        "next Monday (May 22)"
    ),
    ("217:r011", "weeknights"): "'continue weeknights through Oct. 17': tagged with the night part, XXXX-WXX-WDTNI",
    ("217:r027", "the next week"): (
        "'On Thursday, ... will follow the next week': counted from the publication week, so 2016-W42, not the week "
        "after Thursday Oct. 20"
    ),
    ("217:r028", "the end of the month"): (
        "'should reopen fully by the end of the month': read as the publication month (2017-06), not July of the work"
        " dates before it"
    ),
    ("217:r041", "3 p.m. Friday"): (
        "'from 3 p.m. Friday through 10 a.m. Tuesday, July 5': read as the next Friday (July 8), 2016-07-08T15:00, "
        "not the publication day"
    ),
    ("217:r048", "fiscal 2024"): "fiscal years are written as calendar ones (FY2024 -> 2024), as TBAQ does",
    ("217:r063", "Thursday@78"): (
        "'postponed Tuesday ... and rescheduled for Thursday': 'rescheduled for' is read as future, so the next "
        "Thursday (Oct. 22)"
    ),
    ("217:r066", "the following weekend"): (
        "'will close the following weekend': read as the weekend after the week of 'Monday' (Feb. 12), 2018-W08-WE, "
        "not the one after 'this weekend'"
    ),
    ("217:r069", "soon"): "'may see the March Street off-ramp reconfigured soon': 'soon' is not read",
    ("217:r078", "every weeknight"): (
        "'every weeknight' is read as weekday nights, XXXX-WXX-WDTNI (a night part is added)"
    ),
    ("217:r090", "months"): "'the closure could last months': the bare plural 'months' is not read as a duration",
    ("217:r093", "fall"): "'brace for a bumpy fall': 'fall' after an adjective is not read as the season",
    ("218:r018", "7 a.m."): (
        "'on a typical day we took it off the charger at 7 a.m.': 'typical day' is not read as generic; anchored to "
        "the publication date, 2015-09-25T07:00"
    ),
    ("218:r018", "about 11 p.m."): (
        "'on a typical day ... it hit 10 percent at about 11 p.m.': anchored to the publication date, 2015-09-25T23:00"
    ),
    ("218:r038", "9 a.m."): (
        "'By Thursday, ... handled the 9 a.m. stand-up': anchored to that Thursday (March 19), so 2020-03-19T09:00"
    ),
    ("218:r048", "the next year"): (
        "'an offer that stands for the next year': read as a date, the following year 2016, not as a duration"
    ),
    ("218:r053", "10 p.m."): (
        "'I'm usually down to 15% by 10 p.m.': 'usually' is not read as habitual; anchored to the publication date, "
        "2025-08-18T22:00"
    ),
    ("218:r059", "days"): "'lasts weeks, not days': the bare plural 'days' is not read as a duration",
    ("218:r070", "7 a.m."): (
        "'one new picture every 15 minutes, from 7 a.m. to 11 p.m.': anchored to 'March 2', so 2026-03-02T07:00"
    ),
    ("218:r070", "11 p.m."): (
        "'one new picture every 15 minutes, from 7 a.m. to 11 p.m.': anchored to 'March 2', so 2026-03-02T23:00"
    ),
    ("218:r080", "the fiscal fourth quarter"): (
        "fiscal quarters are written as calendar ones (Q1 of FY2025 -> 2025-Q1), as TBAQ does"
    ),
    ("218:r089", "a week ago"): (
        "'Google cut the price a week ago': read as the week before, 2025-W47, not the day Nov. 21"
    ),
    ("218:r091", "January"): "'We took delivery of a Cowboy 4 e-bike in January': read as the coming January, 2023-01",
    ("218:r103", "a week ago"): (
        "'since it arrived a week ago': read as the week before, 2021-W17, not the day April 30"
    ),
    ("219:r039", "A year earlier"): (
        "'A year earlier, the discount chain had more than 600 stores': read as the same week a year before, 2018-W23"
    ),
    (
        "220:r050",
        "Monday",
    ): "'following surgery Monday' (past) is read as the coming Monday, 2017-05-29, not 2017-05-22",
    (
        "220:r062",
        "October",
    ): "'using him out of the bullpen in October' (postseason ahead): read as past October, 2023-10",
    (
        "220:r079",
        "the next month",
    ): "'could miss the next month' (a span of time) is read as the calendar month 2024-07",
    (
        "220:r108",
        "every Tuesday at 5 p.m.",
    ): "'every Tuesday at 5 p.m.' is split into SET XXXX-WXX-2 and an undated TIME T17:00",
    (
        "221:r014",
        "the fourth quarter",
    ): "'will revisit the policy in the fourth quarter' (ahead) is read as the past one, 2021-Q4",
    ("221:r024", "February"): "'reduced hours from February' (a coming change) is read as the past February, 2020-02",
    (
        "221:r086",
        "that date",
    ): "'moves that date to Feb. 2' refers back to Jan. 5, 2026; tagger reads Monday, 2025-12-15",
    (
        "222:r075",
        "December 30",
    ): "'the deadline to deposit old notes, December 30' (upcoming): read as last December, 2015-12-30",
    ("222:r103", "8:46 a.m."): "'the first plane hit at 8:46 a.m.' (9/11, 2001) is put on the Sunday 2022-09-11",
    (
        "223:r066",
        "August@298",
    ): "'30 of August's 31 days' (30 days of the month) is read as the date August 30, 2023-08-30",
    (
        "223:r086",
        "early February",
    ): "'the Blizzard of 1977 ... early February' is read as February this year, 2022-02, not 1977",
    (
        "223:r086",
        "late January",
    ): "'Blizzard of 1977 ... in late January' is read as the coming January, 2023-01, not 1977-01",
    ("223:r101", "Aug. 27"): "'That summer' (2011) anchors 'a record 109 on Aug. 27'; tagger reads it as 2023-08-27",
    ("223:r101", "That summer"): "'That summer' refers back to 2011, but the tagger gives the current summer, 2023-SU",
    (
        "223:r101",
        "the month",
    ): "'averaged 88.6 degrees for the month' (August 2011) is read as the current month, 2023-08",
    (
        "223:r108",
        "June",
    ): "'during the Club World Cup in June' (already held) is read as next June, 2026-06, not 2025-06",
    ("224:r023", "midnight"): "'shortly after midnight' (end of polling day) is tagged as its start, 2016-06-23T00:00",
    (
        "224:r034",
        "12 December@586",
    ): "'the government had wanted 12 December all along' is read as last December, 2018-12-12",
    (
        "224:r034",
        "9 December@491",
    ): "'Labour had previously pushed for 9 December' (the coming election) is read as 2018-12-09",
    (
        "224:r034",
        "9 December@664",
    ): "'had earlier proposed 9 December' (the election date) is read as the past one, 2018-12-09",
    ("224:r038", "today"): "tagger merges '7 p.m. today' into one TIME 2018-08-07T19:00 instead of 'today' alone",
    (
        "224:r070",
        "Sunday afternoon",
    ): "'Biden's decision on Sunday afternoon' (past) is read as the coming Sunday, 2024-07-28",
    (
        "224:r074",
        "Thursday",
    ): "'cast their ballots on Thursday, a day early' (past) is read as the next Thursday, 2018-05-31",
    ("224:r093", "today"): "'from 7am to 10pm today' is merged into one TIME 2025-10-24T22:00; 'today' is not a DATE",
    (
        "224:r094",
        "January",
    ): "'The 2020 Act ... took effect in January' is anchored to 2020, giving 2020-01, not 2022-01",
    ("224:r096", "July"): "'a contested convention in Cleveland in July' (upcoming) is read as the past July, 2015-07",
    (
        "224:r102",
        "5 p.m.",
    ): "'before the 5 p.m. cutoff' is on Monday's filing day; tagger anchors it to the March 17 primary",
    (
        "225:r059",
        "less than 24 hours",
    ): "'less than 24 hours after that' is tagged as a TIME 2018-07-04T23:20, not a duration PT24H",
    (
        "225:r094",
        "10.45pm",
    ): "'travelled on the N24 between 10.45pm and 11.30pm' (last night) is put on the same day, 07-05",
    (
        "225:r094",
        "11.30pm",
    ): "'between 10.45pm and 11.30pm' (last night's crash) is put on the publication day, 2022-07-05",
    (
        "225:r101",
        "9.30am",
    ): "'The highway reopened at 9.30am' on the crash day, Aug. 16; tagger uses publication day 08-17",
    ("226:r021", "Sunday"): "'lunch and dinner Tuesday through Sunday' (weekly) is read as the next Sunday, 2016-08-21",
    ("226:r021", "Tuesday"): "'lunch and dinner Tuesday through Sunday' (regular hours): read as one date, 2016-08-16",
    ("226:r064", "4pm"): "'trade from 4pm until late' (recurring opening hours) is anchored to the publication day",
    (
        "226:r064",
        "Sunday",
    ): "'trade ... Wednesday to Sunday' (a weekly schedule) is read as one date, Sunday 2021-08-01",
    (
        "226:r064",
        "Tuesday",
    ): "'extended to at least Tuesday' is read as the Tuesday just past (07-20), not the next (07-27)",
    (
        "226:r064",
        "Wednesday",
    ): "'trade from 4pm until late, Wednesday to Sunday' is a weekly schedule; tagger reads 2021-07-28",
    (
        "226:r066",
        "Saturday",
    ): "'Thanksgiving weekend hours' (closed Monday, Oct. 10) is read as the US holiday, 2022-11-26",
    (
        "226:r066",
        "Sunday",
    ): "'Thanksgiving weekend' Sunday before 'Monday, Oct. 10' is read as US Thanksgiving, 2022-11-27",
    (
        "226:r066",
        "Thanksgiving weekend",
    ): "'closed Monday, Oct. 10' marks Canadian Thanksgiving; tagger uses US one, 2022-W47-WE",
    (
        "226:r078",
        "six o'clock",
    ): "'These days it's six o'clock' (her usual opening time) is pinned to one date, 2016-06-25T06:00",
    ("226:r080", "spring"): "'in spring' in Perth (southern spring, Sept. 2017) is read as next year's spring, 2018-SP",
    (
        "226:r087",
        "a month",
    ): "'about 300,000 a month' is a rate per month; tagger tags 'a month' as duration P1M, not a SET",
    ("226:r088", "5am"): "'its 5am queues' (a recurring time) is anchored to the publication day, 2021-03-07T05:00",
    ("226:r088", "9am"): "'sell out by 9am most days' (recurring) is dated 'next Saturday', 2021-03-13T09:00",
    ("226:r089", "7 a.m."): "'open one hour early, at 7 a.m.' (daily opening time) is tied to Black Friday, 2021-11-26",
    ("226:r089", "9 p.m."): "'open until 9 p.m. through Dec. 23' (daily closing time) is anchored to 2021-12-23T21:00",
    ("226:r095", "9pm"): "'until 9pm, on weeknights' (recurring opening hours) is anchored to the publication day",
    (
        "226:r101",
        "Saturday",
    ): "'Dinner will be served Tuesday through Saturday' (weekly) is read as one date, 2017-05-20",
    (
        "226:r101",
        "Tuesday",
    ): "'Dinner will be served Tuesday through Saturday' is a weekly schedule; tagger reads 2017-05-16",
    ("227:r005", "that first year"): "'broke even that first year' (1974, the opening year) is not tagged",
    (
        "227:r038",
        "that February afternoon",
    ): "'since that February afternoon' (the 2011 quake) is tagged only as 'that February', 2025-02",
    ("227:r039", "hours"): "'within hours': the annotator writes PXH; the tagger writes PTXH",
    (
        "227:r040",
        "that night",
    ): "'in the bar that night' (the night of the 2012 killing) is read as a day in 2017, 2017-XX-XX",
    ("227:r063", "two summers earlier"): "'two summers earlier' (than 2016, so summer 2014) is not tagged at all",
    (
        "227:r108",
        "that morning",
    ): "'that morning' is the crash day 20 years ago (2006-01-11); the tagger gives 2026-01-11TMO",
    (
        "228:r031",
        "noon",
    ): "'The meeting adjourned shortly after noon' (the day before) is put on the reference day, 05-12",
    ("228:r094", "Dec. 31"): "'the next reset on Dec. 31' (upcoming): read as last December, 2015-12-31",
    (
        "229:r003",
        "next Sunday",
    ): "'next Sunday', after 'airs Sunday', is read as the coming Sunday Oct. 8, not the one after",
    ("229:r032", "the same day"): "'the same day it opens in theaters, Dec. 25' is read as publication day 2020-11-25",
    (
        "229:r039",
        "this weekend",
    ): "on a Monday, 'expands to 1,200 screens this weekend' is read as the weekend just past, W01",
    (
        "229:r040",
        "Thursdays at 8 p.m.",
    ): "'Thursdays at 8 p.m.' is split into SET XXXX-WXX-4 and an undated TIME T20:00",
    ("229:r050", "Dec. 16"): "'reaffirmed its Dec. 16 release date' (upcoming) is read as the past Dec. 16, 2015-12-16",
    (
        "229:r078",
        "Thursday 9 p.m.",
    ): "'its usual Thursday 9 p.m. slot' (weekly) is read as one time today, 2015-04-16T21:00",
    (
        "229:r079",
        "the summer",
    ): "'most of the summer off last year' is read as this summer, 2015-SU, ignoring 'last year'",
    (
        "229:r082",
        "Oct. 27",
    ): "'moved up from Oct. 27 to Sept. 8' (an upcoming release) is read as the past Oct. 27, 2016",
    ("229:r094", "September"): "'did not resume until September' (after March 2020) is read as 2019-09, not 2020-09",
    (
        "229:r095",
        "every Saturday at 8 p.m.",
    ): "'every Saturday at 8 p.m.' is split into SET XXXX-WXX-6 and a separate TIME T20:00",
    ("229:r097", "Nov. 16"): "'has set a Nov. 16 premiere' (upcoming) is read as the past Nov. 16, 2022-11-16",
    ("229:r101", "Dec. 5"): "'sits on Dec. 5' (an upcoming release date) is read as the past Dec. 5, 2024-12-05",
    (
        "229:r103",
        "Thanksgiving",
    ): "'arrives on Thanksgiving' (a coming release) is read as the past Thanksgiving, 2025-11-27",
    (
        "229:r103",
        "six days later",
    ): "'on Thanksgiving, just six days later' is 2026-11-26 (after Nov. 20); tagger gives 2025-12-03",
    (
        "229:r103",
        "the late summer",
    ): "'expect to deliver a finished cut in the late summer' (2026) is read as the past summer 2025",
    (
        "229:r107",
        "last year",
    ): "'between March and June last year': tags 'June last year' as 2017-06, not 'last year' 2017",
    (
        "229:r107",
        "the autumn",
    ): "'post-production stretched across the autumn' (after shooting last year, 2017-FA) is missed",
    (
        "229:r108",
        "each Monday at 8pm AEDT",
    ): "'each Monday at 8pm AEDT' is split into a weekly SET and a separate time, not WXX-1T20:00",
    (
        "230:r010",
        "April 30",
    ): "'appoint a grievance officer by April 30' (a deadline) is read as the past one, 2022-04-30",
    (
        "230:r039",
        "the summer",
    ): "'could be pushed to the summer' (upcoming) is read as last summer, 2025-SU, not 2026-SU",
    ("230:r066", "the fall"): "'reopen bidding in the fall' after June 30, 2021 is read as the current fall, 2020-FA",
    ("230:r073", "the first year"): "'required for the first year' after the app's launch (P1Y) is not tagged",
    ("230:r074", "hours"): "'a fix would arrive within hours': the annotator writes PXH; the tagger writes PTXH",
    (
        "230:r079",
        "Friday afternoon",
    ): "'before Friday afternoon' (the Friday 20 July outage) is read as the Friday just past, July 6",
    (
        "230:r085",
        "every Saturday at 9 a.m.",
    ): "'every Saturday at 9 a.m.' is split into a weekly SET and a separate time T09:00",
    (
        "230:r086",
        "Thursdays at 4 p.m. UTC",
    ): "'Thursdays at 4 p.m. UTC' is split into a SET 'Thursdays' and a TIME '4 p.m. UTC', not one SET",
    (
        "231:r010",
        "Saturday",
    ): "'on Saturday' is the publication day, 2021-09-11; tagger anchors it to 2001, giving 2001-09-15",
    (
        "231:r015",
        "that morning",
    ): "'pulled from the rubble that morning' (the disaster, 1966-10-21) is dated 1966-10-29TMO",
    (
        "231:r064",
        "9:30 p.m. Saturday",
    ): "'will dedicate ... at 9:30 p.m. Saturday' (future) is read as the Saturday just past, Dec. 3",
    (
        "231:r064",
        "Sunday afternoon",
    ): "'Saturday, followed by a prayer service Sunday afternoon' is read as the past Sunday, Dec. 4",
    (
        "231:r069",
        "Tuesday",
    ): "'national mourning end Tuesday' is read as the Tuesday just past (11-10), not tomorrow (11-17)",
    ("231:r087", "10.22pm"): "'crashed ... at 10.22pm' ten years ago is put on the publication day, 2023-11-29T22:22",
    (
        "231:r095",
        "6:26 a.m.",
    ): "'ring the church bell ... at 6:26 a.m.' is on January 2; tagger uses publication day 2016-01-01",
    (
        "231:r100",
        "Saturday night",
    ): "'lit 166 candles ... on Saturday night' is anchored to 'November 29, 2008', not 2023-11-25",
    ("231:r100", "Sunday"): "'Later on Sunday' (publication day) is anchored to 'November 29, 2008', giving 2008-11-30",
    (
        "231:r101",
        "the afternoon",
    ): "'marched ... in the afternoon' (verdict day) is anchored to the fire date, 14 February 1981",
    ("232:r002", "Dec. 30"): "'The FAFSA ... opened Dec. 30' (past tense) is read as the coming Dec. 30, 2024-12-30",
    ("232:r014", "Dec. 1"): "'more than a week ahead of the Dec. 1 deadline' is read as next year's, 2025-12-01",
    ("232:r028", "January"): "'braced for a busy January' (after Dec. 30, 2023) is read as the coming January, 2025-01",
    (
        "232:r039",
        "Tuesday",
    ): "'Tuesday's budget' is the publication day 2023-03-28; tagger reads the next Tuesday, 2023-04-04",
    (
        "232:r059",
        "midnight Friday",
    ): "'applications ... close at midnight Friday' (upcoming) is read as the past Friday, 2019-12-13",
    ("232:r061", "June 30"): "'60 days after June 30 if the case is still pending by then': read as past, 2022-06-30",
    ("232:r084", "Friday"): "'walk out ... next week unless ... by Friday' is read as next week's Friday, 2018-04-27",
    ("232:r108", "Sundays at 9 a.m."): "'airs Sundays at 9 a.m.' is split into a weekly SET and a separate time T09:00",
    (
        "233:r013",
        "midnight",
    ): "'midnight on Feb. 15' is its start (T00:00); tagger writes 2015-02-15T24:00, the end of Feb. 15",
    (
        "233:r032",
        "the midnight of February 24/25",
    ): "'midnight of February 24/25' is split: 'midnight' 2021-02-25T24:00 and 'February' 2021-02",
    (
        "233:r043",
        "the holiday weekend",
    ): "'over the holiday weekend' (Labor Day, Sept. 5-7) is read as the weekend just past, W35",
    (
        "233:r045",
        "Monday",
    ): "'Monday's meeting' is dated after the 'Oct. 7 attack', 2023-10-09, not report day 2025-01-27",
    (
        "233:r066",
        "St Stephen's Day",
    ): "'a football match on St Stephen's Day' is anchored to the 1914 truce year, 1914-12-26, not 2015",
    ("233:r069", "weeks"): "'weeks of shuttle diplomacy' (a vague duration, PXW) is not tagged",
    (
        "233:r091",
        "the end of the year",
    ): "'by the end of the year' means 2018; tagger anchors it to 'July 27, 1953' and gives 1953",
    ("234:r009", "lunchtime"): "'unlikely to reopen before lunchtime' (today, 2025-01-14) is not tagged at all",
    (
        "234:r012",
        "the wee hours of Friday",
    ): "'the wee hours of Friday': only 'Friday' is tagged, 2024-07-05, without the night part",
    (
        "234:r025",
        "dawn tomorrow",
    ): "in 'by dawn tomorrow' only 'tomorrow' (2023-11-13) is tagged; 'dawn' (TMO) is left out",
    ("234:r025", "one o'clock"): "'Good afternoon, it's one o'clock' is read as 1 a.m., T01:00, instead of 13:00",
    (
        "234:r025",
        "the early hours of Saturday",
    ): "'the early hours of Saturday' is tagged only as 'Saturday', 2023-11-11, not the night",
    (
        "234:r025",
        "the weekend of the 25th",
    ): "tags only 'the weekend' as this weekend, 2023-W45-WE; 'of the 25th' (Nov. 25, W47) is missed",
    ("234:r025", "two"): "'More news at two' (a 2 p.m. bulletin) is not tagged; the bare 'two' is not read as a time",
    (
        "234:r026",
        "11 o'clock",
    ): "'another update at 11 o'clock' (today) is put on the 'Monday' mentioned before, 2020-01-06",
    ("234:r027", "11"): "'the late news at 11' (23:00 tonight): the bare '11' is not tagged",
    (
        "234:r028",
        "noon",
    ): "'landfall ... before noon' (tomorrow) is anchored to the 'Tuesday' just mentioned, 2017-10-17",
    (
        "234:r030",
        "three weeks today",
    ): "'three weeks today' (21 days on, 2019-05-23) is split into P3W and 'today' 2019-05-02",
    ("234:r033", "teatime"): "'expect the worst pressure by teatime' is read as tomorrow's, 2022-12-21TEV, not today's",
    ("234:r038", "7.30pm"): "'scheduled for 7.30pm' (tonight's cancelled concert) is put on the next day, 2023-01-28",
    ("234:r047", "6:32"): "'1010 WINS news time 6:32' (a clock time today): the bare '6:32' is not tagged",
    (
        "234:r051",
        "half nine",
    ): "'cast his vote in Cork shortly after half nine' (today) is dated 2024-11-28, after 'yesterday'",
    (
        "234:r051",
        "nine tomorrow morning",
    ): "'at nine tomorrow morning': only 'tomorrow morning' is tagged (TMO); 'nine' (T09:00) is dropped",
    (
        "234:r054",
        "Wednesday night",
    ): "'Chris Rock's shows ... on Wednesday night' (upcoming) is read as the last Wednesday, 03-23",
    (
        "234:r059",
        "8 last night",
    ): "'just before 8 last night': only 'last night' is tagged (TNI); the clock time 8 pm is missed",
    (
        "234:r067",
        "9am tomorrow week",
    ): "'9am tomorrow week' is cut to '9am tomorrow', 2018-05-19T09:00; it means a week later, 05-26",
    (
        "234:r069",
        "the early hours of Monday",
    ): "'the early hours of Monday': only 'Monday' is tagged, 2021-02-15, without the night part",
    ("234:r072", "the early hours"): "'lost power in the early hours' (that night/morning) is not tagged",
    ("234:r074", "1 p.m."): "'daily briefing at 1 p.m.' (today's, 2020-04-15) is left undated as XXXX-XX-XXT13:00",
    ("234:r075", "the 29th"): "'Black Friday itself falls on the 29th this year' is not tagged; it means 2019-11-29",
    ("234:r076", "six o'clock"): "'BBC News at six o'clock' (the evening bulletin) is read as 06:00 instead of 18:00",
    (
        "234:r079",
        "4:30 Mountain",
    ): "'6:30 p.m. Eastern, 4:30 Mountain': the clock time '4:30 Mountain' (16:30) is not tagged",
    (
        "234:r080",
        "every half an hour",
    ): "'every half an hour' is a recurrence SET PT30M; tagger tags only 'half an hour' as a duration",
    (
        "234:r081",
        "next Thursday",
    ): "'next Thursday, the 30th of May' is read as the nearest Thursday, 2024-05-23, not 2024-05-30",
    ("234:r082", "dawn"): "'gathered ... before dawn' (this morning): 'dawn' is not tagged",
    (
        "234:r084",
        "10am a week on Friday",
    ): "'10am a week on Friday' is split: '10am' goes on today, 2021-08-25T10:00; the date is separate",
    (
        "234:r085",
        "Sunday mornings at 9",
    ): "'Sunday mornings at 9' is tagged only as 'Sunday mornings', SET XXXX-WXX-7TMO, dropping 'at 9'",
    (
        "234:r091",
        "every Sunday at 1 pm",
    ): "'every Sunday at 1 pm' is split into a SET 'every Sunday' and a TIME '1 pm', not one SET",
    ("234:r096", "7:04"): "'It's 7:04 on WNYC' (the current clock time in the morning) is not tagged",
    ("234:r103", "5:15"): "'It's 5:15.' (a bare clock time in a drive-time bulletin) is not tagged at all",
    (
        "235:r054",
        "Christmas Day",
    ): "'Netflix carries two Christmas Day games' (this season) is read as the past one, 2024-12-25",
    ("235:r081", "May"): "'before its 2026 schedule is released in May' is read as the past May, 2025-05, not 2026-05",
    (
        "235:r084",
        "next fall",
    ): "'move to a rival station next fall', said in June 2023: tagger reads 2023-FA, annotator 2024-FA",
    ("235:r098", "a year earlier"): "'up 24% from a year earlier' (last season) is anchored to 'in 2022', giving 2021",
    (
        "87:r085",
        "next Tuesday",
    ): "'and that next Tuesday's weekly reset' is read as 'that next Tuesday' after 'late Monday', June 10",
    (
        "216:r106",
        "Exactly one year earlier",
    ): "'at 12:11 a.m. Wednesday. Exactly one year earlier': a year back from a weekday is read as a year",
    (
        "236:r086",
        "the Wednesday before Thanksgiving",
    ): "'last year, the Wednesday before Thanksgiving ... of 2018' is read in 2019, giving 2019-11-27",
    ("237:r020", "the first half"): "'sharpest in the first half' of last year's sales is read as 2025-H1, not 2024-H1",
    (
        "237:r020",
        "the summer",
    ): "'few see rates falling below 6% before the summer' (of 2025): read as last summer, 2024-SU",
    ("237:r037", "Monday"): "'Under Monday's approval' is read as the coming Monday 2021-08-23, not the one just past",
    ("237:r050", "the weekend"): "'working through the weekend' (just past) is read as the coming weekend, 2016-W13-WE",
    ("237:r061", "August"): "'later than the bank forecast in August' (past) is read as the coming August, 2024-08",
    (
        "237:r075",
        "Christmas",
    ): "'go sale agreed before Christmas' is read as last Christmas, 2017-12-25, not the coming one",
    ("237:r108", "60 days"): "'close on the neighboring Lot 48 in 60 days' is resolved to a date 2015-12-25, not P60D",
    (
        "238:r039",
        "7:30 p.m.",
    ): "'the 7:30 p.m. performance ... on Tuesday' is put on the reference day 01-26, not Tuesday",
    (
        "238:r042",
        "the final weekend",
    ): "'by the final weekend' (of the August Fringe) is read as this weekend, 2018-W20-WE",
    ("238:r055", "May"): "'a three-week break in May' of next spring's tour is read as 2019-05, not 2020-05",
    (
        "238:r063",
        "a fortnight",
    ): "'rehearsals would begin in a fortnight' is tagged as the date 2025-W47, not a duration P2W",
    (
        "238:r064",
        "Wednesdays at 6 p.m.",
    ): "'Wednesdays at 6 p.m.' is split into a SET 'Wednesdays' and a separate TIME '6 p.m.'",
    (
        "238:r065",
        "this weekend",
    ): "on a Monday, 'two shows at the Barclays Center this weekend' is read as the weekend just past",
    (
        "238:r072",
        "Tuesdays at 7 p.m.",
    ): "'Tuesdays at 7 p.m.' is split into a SET 'Tuesdays' and a separate TIME '7 p.m.'",
    ("238:r073", "New Year's Eve"): "'New Year's Eve concert sold out' in October: read as the past one, 2018-12-31",
    (
        "238:r074",
        "9 p.m.",
    ): "'returns next week ... from 6 to 9 p.m.': '9 p.m.' is put on the reference day, 2022-07-15",
    ("238:r080", "March 23"): "'first India concert, on March 23' in February: read as the past March 23, 2018-03-23",
    (
        "238:r080",
        "the next evening",
    ): "'the next evening' after the 'March 23' concert is read as the reference day's evening",
    ("238:r081", "mid-December"): "'the 2021 season will ... run until mid-December': anchored to 2020, giving 2020-12",
    ("238:r082", "spring"): "'The high school's spring production': 'spring' is not tagged",
    (
        "238:r084",
        "11am Friday",
    ): "'starts at 11am Friday' (festival Friday) is read as the coming Friday 06-16, not 06-23",
    (
        "238:r084",
        "Thursday night",
    ): "'after the gates close on Thursday night' (festival eve, 22 June): read as 2023-06-15",
    (
        "238:r084",
        "the Saturday",
    ): "'showers were possible on the Saturday' (of the festival, 24 June): read as 2023-06-17",
    (
        "238:r106",
        "every Sunday at 1 p.m.",
    ): "'every Sunday at 1 p.m.' is split into a SET 'every Sunday' and a separate TIME '1 p.m.'",
    (
        "239:r014",
        "the third quarter",
    ): "'pushed the launch ... back to the third quarter' is not tagged; it means 2024-Q3",
    ("239:r015", "the first year"): "'keep the upgrade free for the first year' is not tagged (a duration P1Y)",
    (
        "239:r030",
        "the end of June",
    ): "'switched off for good at the end of June' (this year): read as last June, 2023-06",
    ("239:r032", "quarterly"): "'will receive quarterly feature updates' is not tagged as a SET",
    ("239:r061", "the third quarter"): "'will go live in the third quarter' (coming): read as the past one, 2025-Q3",
    ("239:r075", "Dec. 31"): "'will shut down its 3G network on Dec. 31' is read as the past Dec. 31, 2021-12-31",
    ("240:r001", "Tax Day"): "'file before Tax Day, which falls on Monday': the named day 'Tax Day' is not tagged",
    ("240:r003", "quarterly"): "'quarterly estimated payments' (a frequency) is not tagged as a set",
    ("240:r006", "2018"): "'deadline to file 2018 income tax returns': the year '2018' is not tagged",
    ("240:r022", "December"): "'each month through December' (coming): read as last December, 2020-12",
    ("240:r025", "quarterly"): "'quarterly estimated payments' is not tagged as a SET",
    (
        "240:r027",
        "Sunday",
    ): "'£230.25 a week from Sunday' is tagged 'a week from Sunday' 04-13; it is the Sunday just past",
    (
        "240:r027",
        "a week",
    ): "'£230.25 a week from Sunday' (a weekly rate) is read as the date a week from Sunday, 2025-04-13",
    (
        "240:r030",
        "midnight",
    ): "'late Wednesday as the midnight deadline approached': placed at 2015-04-14T24:00, a day early",
    ("240:r041", "quarterly"): "'the regular quarterly payment' is not tagged as a SET",
    (
        "240:r044",
        "this year",
    ): "tags 'May this year' as one expression, 2024-05; the annotator tags 'this year' alone, 2024",
    ("240:r046", "March 15"): "'until after March 15' (a habitual deadline) is read as the coming March 15, 2018-03-15",
    (
        "240:r047",
        "midnight",
    ): "'portal would stay open till midnight' (today): anchored to 'July 31', giving 2019-07-31T24:00",
    ("240:r063", "weekly"): "'the weekly rate of core social welfare payments' (a frequency) is not tagged as a set",
    ("240:r074", "Tax Day"): "'Tuesday is Tax Day': the named day 'Tax Day' is not tagged",
    ("240:r074", "quarterly"): "'the first quarterly estimated payment' (a frequency) is not tagged as a set",
    (
        "240:r074",
        "the same day",
    ): "'due the same day as returns' (April 15) is read as the 'Oct. 15' just before, 2025-10-15",
    ("240:r076", "quarterly@144"): "'send HMRC quarterly updates' (a frequency) is not tagged as a set",
    ("240:r076", "quarterly@272"): "'send HMRC quarterly updates' is not tagged as a SET",
    (
        "240:r076",
        "quarterly@755",
    ): "'Late submission penalties will not apply to quarterly updates': 'quarterly' is not tagged",
    ("240:r077", "March"): "'March benefits arrive Monday, April 2' is not tagged; it means March 2018",
    ("240:r083", "Monday"): "'opening the filing season Monday' (the coming one): read as the day before, 2019-01-21",
    ("240:r103", "July"): "'payments flowing in July, when the new benefit year begins' is left unanchored, XXXX-07",
    (
        "240:r104",
        "Saturday afternoon",
    ): "'last year's holiday ... drew record crowds on Saturday afternoon': read as 2019-07-27",
    (
        "240:r104",
        "the first weekend of August",
    ): "'last year's holiday, held the first weekend of August' is read as 2019's, not 2018's",
    ("241:r024", "the summer"): "'reruns ... through the summer' after the May 2025 finale is read as 2024-SU",
    (
        "241:r060",
        "the Sunday afternoon",
    ): "'due to play the Pyramid Stage on the Sunday afternoon' (of Glastonbury): read as 2023-06-18",
    (
        "241:r060",
        "this weekend",
    ): "'this weekend's Glastonbury Festival' is read as the weekend just past, W24, not W25",
    (
        "241:r084",
        "July 20",
    ): "'moved Mamma Mia! Here We Go Again up a week to July 20': read as the past one, 2017-07-20",
    (
        "241:r086",
        "Little Christmas",
    ): "'spent Little Christmas at home' (6 January): only 'Christmas' is tagged, as 2024-12-25",
    (
        "241:r091",
        "10 a.m. Monday",
    ): "'Fourth of July parade, which steps off at 10 a.m. Monday': read as the past Monday, 06-27",
    ("241:r103", "Oct. 3"): "'weeks before the release of her 12th album on Oct. 3' is read as the past Oct. 3, 2024",
    (
        "242:r002",
        "the end of the month",
    ): "'before the end of the month' (January): anchored to 'Nov. 13', giving 2015-11",
    ("242:r009", "early November"): "'depart ... in early November' after the January 2025 close is read as 2024-11",
    ("242:r035", "about 10 days"): "'expect to reach Nome in about 10 days' is resolved to a date 2022-03-04, not P10D",
    (
        "242:r057",
        "9.10pm local time",
    ): "'reached Kangerlussuaq at 9.10pm' (before 'yesterday') is put on the reference day 06-29",
    ("242:r060", "30 days"): "'five of the 8,000-metre peaks in 30 days' (a span) is resolved to a date 2022-05-28",
    (
        "243:r007",
        "Tuesdays at 4 p.m.",
    ): "'meets Tuesdays at 4 p.m.' is split into a SET 'Tuesdays' and a separate TIME '4 p.m.'",
    ("243:r024", "3pm"): "tags 'shortly after 3pm' and puts the statement on the publication day, not the Thursday",
    ("243:r051", "May"): "'topped the PlayStation Store's May chart' is not tagged; it means May 2021",
    ("243:r054", "the first month"): "'free of charge for the first month' is not tagged (a duration P1M)",
    ("243:r059", "Friday"): "'unlocks at midnight on Friday' (the coming release): read as the Friday just past, 05-05",
    ("243:r059", "midnight"): "'unlocks at midnight on Friday' is read as the end of last Friday, 2023-05-05T24:00",
    ("243:r063", "March"): "'shipping 2.74 million units in March' takes 2018 from 'March 2018', giving 2018-03",
    (
        "243:r067",
        "its first month",
    ): "'than Breath of the Wild managed in its first month' is not tagged; a duration P1M",
    ("243:r079", "September@612"): "'the 2026 edition would return to September' is read as September 2025, not 2026",
    ("243:r079", "the Sunday"): "'now be played on the Sunday' is read as the day after 'September 20', 2025-09-21",
    (
        "243:r079",
        "the evening before",
    ): "'the evening before' (the rescheduled Sunday final): anchored to 'September 20'",
    ("243:r091", "April"): "'a game originally slated for April' (past) is read as the coming April, 2021-04",
    (
        "244:r005",
        "a year earlier",
    ): "'core prices rising 4.6% from a year earlier' (April's index, 2022-04) is read as 2022-05-26",
    (
        "244:r017",
        "2 p.m.",
    ): "'statement due at 2 p.m.' (today, 01-31) is put on the 'Saturday' just mentioned, 2018-02-03",
    ("244:r024", "September"): "'a Fed rate increase in September' (upcoming) is read as the past September, 2014-09",
    (
        "244:r026",
        "quarterly",
    ): "'alongside the quarterly Inflation Report' is not tagged; it means every quarter, a set P3M",
    ("244:r028", "quarterly"): "'replacing the quarterly measure' (a quarterly CPI, SET P3M) is not tagged",
    (
        "244:r033",
        "the previous quarter",
    ): "'the rate of the previous quarter' (before Q3 just reported, 2023-Q2) is read as 2023-Q3",
    ("244:r046", "Tuesday"): "'before Tuesday's presidential election' (Nov. 8) is read as the past Tuesday, Nov. 1",
    (
        "244:r049",
        "Friday",
    ): "'Traders return from a quiet Friday session' (just past, 08-11) is read as the coming 08-18",
    ("244:r069", "Thursday"): "'a day early, on Thursday' (today, 2020-04-09) is read as next Thursday, 2020-04-16",
    ("244:r076", "May"): "'would top May's 8.6%' (the month's reading, 2022-05) is not tagged",
    (
        "244:r076",
        "Saturday",
    ): "'blackout period on Saturday' (in the week ahead, July 16) is read as the past Saturday, 07-09",
    (
        "244:r076",
        "a year earlier",
    ): "'June's CPI ... from a year earlier' means June 2021; tagger counts from Wednesday: 2021-07-13",
    (
        "244:r082",
        "quarterly",
    ): "'the quarterly Inflation Report' in August is not tagged; it means every quarter, a set P3M",
    (
        "244:r084",
        "Tuesdays at 11.30am AEST",
    ): "'on Tuesdays at 11.30am AEST' is split into a SET 'Tuesdays' and a separate TIME '11.30am AEST'",
    ("244:r087", "June"): "'last seen in May 2007, clearing the way for a June rate hike' takes 2007 for June: 2007-06",
    (
        "244:r096",
        "the same day",
    ): "'released on the same day' (as the quarterly CPI, July 26) gets an unrelated value 2023-01-01",
    (
        "244:r101",
        "Friday",
    ): "'payrolls report for October on Friday' (week ahead, Nov. 5) is read as the past Friday, 10-29",
    ("244:r108", "May"): "'its May Monetary Policy Statement' (the May 2026 statement) is not tagged",
    ("245:r012", "April"): "'the six months from April' (set in February 2022) is read as the past April, 2021-04",
    ("245:r012", "February"): "'could be reviewed again in February' (the coming one, 2022-02) is read as past 2021-02",
    (
        "245:r038",
        "today",
    ): "'between 4 p.m. and 6 p.m. today' is tagged as one TIME '6 p.m. today', not 'today' as the date",
    (
        "245:r040",
        "the same day",
    ): "'an £87 rise on the same day' (April 1, the price-cap date) is resolved to March, 2021-03-XX",
    (
        "245:r045",
        "January",
    ): "'before dipping slightly in January' (after October, 2023-01) is read as past January, 2022-01",
    (
        "245:r056",
        "March 1",
    ): "'relief would apply to dues from March 1' (past) is read as the coming March 1, 2021-03-01",
    ("245:r078", "October"): "'review the market rules by October' (the coming one, 2016-10) is read as 2015-10",
    (
        "245:r106",
        "Thursday",
    ): "'New Year's Day holiday on Thursday' (2026-01-01) is read as the past Thursday, 2025-12-25",
    (
        "246:r016",
        "late November",
    ): "'The 2025 season ... will open in late November' (2024) takes its year from '2025': 2025-11",
    (
        "246:r018",
        "2 p.m.",
    ): "'Rain ... arrived by 2 p.m.' on the Open's final day (07-23) is put on the reference day 07-24",
    (
        "246:r018",
        "the afternoon",
    ): "'Rain forecast for the afternoon' (of the final day, Sunday) is put on the publication day",
    (
        "246:r018",
        "the final day",
    ): "'bogeyed the 5th and 6th on the final day' (the Open's Sunday, 2023-07-23) is not tagged",
    ("246:r019", "April"): "'The Masters, postponed from April' (April 2020) is read as the coming April, 2021-04",
    ("246:r025", "7:40"): "'at 8:45 a.m. instead of 7:40' (7:40 a.m. today) is not tagged; the bare '7:40' is missed",
    (
        "246:r050",
        "Tuesdays at 5:30 p.m.",
    ): "'Tuesdays at 5:30 p.m.' is split into SET XXXX-WXX-2 and an undated TIME T17:30, not one set",
    (
        "246:r054",
        "10am AWST",
    ): "'10am AWST on the first day' (Dec. 29) is attached to the last-named date, Jan. 7: 2024-01-07",
    ("246:r067", "3 o'clock"): "'by 3 o'clock' (this afternoon, past 90 degrees) is read as 3 a.m., T03:00",
    ("246:r095", "Sunday"): "'too sore to play on Sunday' (the final round, 05-22) is read as the past Sunday, 05-15",
    ("246:r103", "last year"): "'the first week of last year's championships' is read as ISO week 1 of 2024, 2024-W01",
    ("246:r107", "March"): "'their Miami Open match in March' (past, 2018-03) is read as the coming March, 2019-03",
    (
        "247:r024",
        "Sunday night",
    ): "'Sunday night's total lunar eclipse' (coming, 09-27) is read as the past Sunday, 09-20",
    (
        "247:r049",
        "5:30pm",
    ): "'a free viewing in Phoenix Park from 5:30pm' (eclipse day, 08-12) is put on the reference 08-10",
    (
        "247:r049",
        "Tuesday",
    ): "'extra flights ... on Tuesday and Wednesday' (the coming Tuesday, 08-11) is read as past 08-04",
    (
        "247:r049",
        "Wednesday",
    ): "'extra flights on Tuesday and Wednesday' (eclipse week, Aug. 12) is read as past Wed, 08-05",
    ("247:r050", "month's end"): "'by month's end' (the end of March 2020) is not tagged",
    (
        "247:r055",
        "2 a.m. Saturday",
    ): "'between 9 p.m. Friday and 2 a.m. Saturday' (tonight into 10-12) is read as past 10-05",
    (
        "247:r058",
        "about two weeks",
    ): "'visible for about two weeks after that' is tagged as a date 2024-10-26, not the duration P2W",
    ("247:r098", "3am"): "'stayed out until 3am on Saturday' (just past, May 11) is read as the coming Saturday, 05-18",
    (
        "247:r098",
        "Saturday",
    ): "'stayed out until 3am on Saturday' (just past, 05-11) is read as the coming Saturday, 05-18",
    (
        "248:r003",
        "9 p.m. ET Monday",
    ): "'ran for 30 hours starting at 9 p.m. ET Monday' (past, July 10) is read as next Monday, 07-17",
    (
        "248:r009",
        "a year earlier",
    ): "'Black Friday fell 52% from a year earlier' is dated 2019-11-27, not Black Friday 2019 (11-29)",
    ("248:r066", "1 a.m."): "'until 1 a.m. on Friday' (after Thanksgiving, Nov. 23) is put on the next day, 2018-10-26",
    (
        "248:r066",
        "Friday",
    ): "'until 1 a.m. on Friday' after Thanksgiving Day (2018-11-23) is read as the next Friday, 10-26",
    ("248:r075", "24-hour"): "'its 24-hour Singles Day event' (a duration PT24H) is not tagged",
    (
        "248:r084",
        "26 shopping days",
    ): "'only 26 shopping days between Black Friday and Christmas' (a duration P26D) is not tagged",
    (
        "248:r094",
        "a year earlier",
    ): "'up 13 per cent on a year earlier' (Black Friday 2018, 11-23) is read as 2018-11-29",
    ("249:r015", "annual"): "'the physics department's annual Pi Day lecture' (a yearly set, P1Y) is not tagged",
    (
        "249:r020",
        "Monday",
    ): "'on Monday Germans gathered' (the publication day) is anchored to '9 November 1989': 1989-11-13",
    (
        "249:r025",
        "Christmas",
    ): "'full work before Christmas' (quoted in 1920) is read as the coming Christmas, 2020-12-25",
    (
        "249:r025",
        "Monday, 30 August",
    ): "'On Monday, 30 August' (1920, in an archive piece) is read as the next such date, 2021-08-30",
    (
        "249:r025",
        "the Wednesday",
    ): "'by the Wednesday' (Sept. 1, 1920) is read as 2021-09-01, following the wrong 2021 anchor",
    (
        "249:r025",
        "the following morning",
    ): "'return to work the following morning' after 'Monday, 30 August' 1920 is dated 2021-08-31",
    (
        "249:r025",
        "the next week",
    ): "'reopen the mills the next week' (1920) is read relative to the publication date, 2020-W37",
    (
        "249:r025",
        "the spring",
    ): "'on short time since the spring' in a 1920 archive quote is read as spring 2020, not 1920-SP",
    (
        "249:r025",
        "two days later",
    ): "'met two days later' (after that Wednesday, 1920-09-03) is dated 2020-12-27, after 'Christmas'",
    (
        "249:r029",
        "Wednesday",
    ): "'on Wednesday her sons viewed floral tributes' (yesterday, 2017-08-30) is put in 1997, 09-03",
    (
        "249:r035",
        "the previous decade",
    ): "'the previous decade' before 'The 1960s' (the 1950s, 195) is read as the 2000s, 200",
    ("249:r037", "11:40 p.m."): "'In 1912 ... at 11:40 p.m.' is attached to the previous item's 1865 date, 1865-04-15",
    (
        "249:r038",
        "a year later",
    ): "'graduated a year later' than the Class of 1966 (1967) is counted from the reference: 2017",
    (
        "249:r051",
        "next summer",
    ): "'will return next summer' in the '10 years ago' item (2014) is read from today: 2025-SU",
    (
        "249:r059",
        "the summer",
    ): "'forced out before the summer' (summer 2019) takes 1979 from 'Forty years ago': 1979-SU",
    ("249:r065", "Twelfth Night"): "'opens on Twelfth Night itself, 5 January' (the feast day) is not tagged",
    (
        "249:r068",
        "3.45 pm",
    ): "'On this day 20 years ago ... at 3.45 pm' (1998-05-11) is put on the reference day, 2018-05-11",
    ("249:r068", "May 13"): "'On this day 20 years ago ... on May 13' (1998) is read in the current year, 2018-05-13",
    (
        "249:r074",
        "the evening of Thursday 15 October",
    ): "'the evening of Thursday 15 October' (1987, per 'Great Storm of 1987') is read as 2020-10-15",
    (
        "249:r092",
        "20 minutes later",
    ): "'followed 20 minutes later' (21 July 1969 archive) is dated on the publication day, 2019-07-21",
    (
        "249:r092",
        "3.56 this morning",
    ): "'3.56 this morning' in the 21 July 1969 archive report is dated 2019-07-21, not 1969-07-21",
    (
        "249:r092",
        "6.54 this evening",
    ): "'at 6.54 this evening' in a 21 July 1969 archive story is put on the publication day, 2019",
    (
        "249:r092",
        "Thursday",
    ): "'Splashdown ... scheduled for Thursday' in the 1969 report (1969-07-24) is read as 2019-07-25",
    (
        "249:r097",
        "the end of the decade",
    ): "'by the end of the decade' (the 1980s, after 1982) is read as the current decade, 202",
    (
        "249:r099",
        "four years later",
    ): "'held four years later, in 1971' is read as four years after 1962, 1966; the text says 1971",
    (
        "249:r104",
        "Friday",
    ): "'On Friday, a century after ... July 1, 1916' (tomorrow, July 1) is read as past Friday, 06-24",
    (
        "250:r016",
        "Aug. 11",
    ): "'when the gates open on Aug. 11' (this year's fair, 2017-08-11) is read as past 2016-08-11",
    (
        "250:r027",
        "a few months",
    ): "'In a few months we'll be right back at it' is tagged DATE FUTURE_REF, not a duration PXM",
    (
        "250:r047",
        "the second Saturday",
    ): "'on the second Saturday' (of a 6-17 April show, April 15) is tagged as just 'Saturday', 04-08",
    ("250:r065", "Saturday"): "'set a single-day attendance record Saturday' (past, 01-14) is read as the coming 01-21",
    ("250:r071", "another hundred years"): "'plan to be here another hundred years' (a duration P100Y) is not tagged",
    (
        "250:r071",
        "the final Thursday",
    ): "only 'Thursday' of 'on the final Thursday' of the fair (07-23) is tagged, as the next, 07-09",
    (
        "250:r071",
        "the first Saturday",
    ): "'on the first Saturday' (of a July 17-26 fair, July 18) is tagged as just 'Saturday', 07-11",
    (
        "250:r074",
        "Tuesday night",
    ): "'broadcast live ... on Tuesday night' (after Friday's start, 08-27) is read as past 08-20",
    ("250:r075", "1 p.m."): "'at 1 p.m. on the first day' (June 14) is attached to the last-named date, June 15",
    (
        "250:r077",
        "Saturday night",
    ): "'five more rounds to go before Saturday night's finale' (12-12) is read as past 12-05",
    (
        "250:r089",
        "10:30 p.m.",
    ): "'fireworks at 10:30 p.m. on Saturday' (July 29, before the July 30 close) is past Sat, 07-22",
    (
        "250:r089",
        "Saturday",
    ): "'the fireworks show ... on Saturday' this week (07-29) is read as the past Saturday, 07-22",
    ("250:r091", "this year"): "'moved to May this year' is merged into one date 2019-05; 'this year' alone is 2019",
    (
        "250:r101",
        "Saturday",
    ): "'concert that night was moved to Saturday' (past fair week, Aug. 12) is read as next Sat, 08-19",
    (
        "250:r101",
        "that week",
    ): "'said that week reminded him' (the week of the storm, W32) is read as the current week, W33",
    (
        "250:r103",
        "Sunday morning",
    ): "'woodchop moved to Sunday morning' (of the show, Feb. 24) is read as the next Sunday, 02-03",
    (
        "250:r106",
        "October 23",
    ): "'declared holidays on October 23 and 24' (coming) is read as the past October 23, 2022-10-23",
    ("251:r034", "per year"): "'costs about EUR 300,000 per patient per year' (a SET P1Y) is not tagged",
    (
        "252:r002",
        "the first of the month",
    ): "'Rent is due on the first of the month' (recurring) is tagged only as 'the month', 2024-03",
    (
        "252:r003",
        "Aug. 31",
    ): "'a 12-month lease ending Aug. 31' signed this fall ends next August; read as past 2019-08-31",
    ("252:r027", "April"): "'proposing £1,650 from April' (a coming rise) is read as the past April, 2021-04",
    (
        "252:r038",
        "October 1",
    ): "'new tenancies from October 1' (rules still to come) is read as the past October, 2014-10-01",
    ("252:r108", "the summer"): "'winds down by the summer' looks ahead in 2026; read as the past summer, 2025-SU",
    ("253:r006", "Balipratipada"): "festival name 'Balipratipada' (on 'Saturday', Nov. 2) is not tagged",
    (
        "253:r017",
        "The spring bank holiday",
    ): "'moved to Thursday this year' (06-02) is ignored; given the usual holiday date, 2022-05-30",
    (
        "253:r018",
        "National Day",
    ): "'Mid-Autumn Festival and National Day' (China, Oct. 1): the holiday name is not tagged",
    (
        "253:r029",
        "Sunday",
    ): "'Sunday the worst times' over Thanksgiving is the coming Sunday (11-26); read as past 11-19",
    (
        "253:r043",
        "King's Birthday",
    ): "the holiday name in 'Monday's King's Birthday holiday' (2025-06-09) is not tagged",
    ("253:r045", "Matariki"): "holiday name 'Matariki' (on 'Friday', June 24) is not tagged",
    ("253:r049", "a long weekend"): "'gives most Ontarians a long weekend' (this weekend) is tagged as a duration P2D",
    ("253:r050", "Eid al-Adha"): "'the festival would begin on June 17', but 'Eid al-Adha' is given as 2024-06-16",
    ("253:r050", "Monday"): "'holiday ... from Monday to Thursday' (from June 17) is read as the past Monday, June 10",
    (
        "253:r050",
        "Thursday",
    ): "'from Monday to Thursday' of the coming holiday is read as the Thursday just past, 06-13",
    (
        "253:r052",
        "Friday",
    ): "'moved ... from Monday to Friday' for VE Day is May 8; read as the next week's Friday, 05-15",
    (
        "253:r052",
        "Monday",
    ): "'moved this year from Monday to Friday' (the original May 4) is read as the next Monday, May 11",
    ("253:r056", "Eid"): "'the annual homecoming before Eid' (Eid al-Fitr, 2024-04-10): 'Eid' is not tagged",
    ("253:r061", "Sunday"): "'on Sunday' of Victoria's March Labour Day weekend is read as 2016-09-04, not 03-13",
    (
        "253:r061",
        "the Labour Day long weekend",
    ): "'Labour Day long weekend' in Victoria (March) is read as a September one, 2016-W35-WE",
    ("253:r067", "Pongal"): "the harvest festival name 'Pongal' (2020-01-15) is not tagged",
    ("253:r074", "National Foundation Day"): "holiday name 'National Foundation Day' (Korea, Oct. 3) is not tagged",
    (
        "253:r081",
        "a day later",
    ): "'a day later' than Friday's Eid (Apr. 22) is given as 2023-03-24, a day after Ramadan began",
    (
        "253:r082",
        "February",
    ): "'from next year, a new ... bank holiday in February' is read as the past February, 2022-02",
    ("253:r088", "Children's Day"): "'Children's Day on Monday' (Japan, May 5): the holiday name is not tagged",
    (
        "253:r088",
        "Monday@272",
    ): "'Children's Day on Monday' (May 5) is read as the Monday before the reference, 2025-04-21",
    (
        "253:r091",
        "the bank holiday weekend",
    ): "'returning from the bank holiday weekend' on Monday is the one just past (W34); read as W35",
    ("253:r092", "New Year's Eve"): "'a week before New Year's Eve' (Chinese, Feb. 16) is read as Dec. 31, 2025-12-31",
    ("253:r095", "Raksha Bandhan"): "festival name 'Raksha Bandhan' (on 'Thursday', Aug. 11) is not tagged",
    (
        "253:r106",
        "the Queen's Birthday public holiday",
    ): "'the Queen's Birthday public holiday' (Monday June 12 in NSW) is not tagged",
    (
        "253:r107",
        "The August bank holiday",
    ): "'The August bank holiday here' (Ireland, Aug. 5) is read as England's, 2024-08-26",
    (
        "254:r011",
        "two days later",
    ): "'two days later' after 'Oct. 2' is anchored to 'Feb. 10' instead, giving 2025-02-12",
    ("254:r019", "a month"): "'$9.99 a month' (a monthly price) is tagged as a duration P1M, not a set",
    ("254:r020", "one full calendar month"): "'one full calendar month's notice' (P1M) is not tagged",
    ("254:r038", "a month"): "'£6.99 a month' (a monthly price) is tagged as a duration P1M, not a set",
    ("254:r040", "July"): "'raised the price ... in July' (past tense) is read as the coming July, 2024-07",
    (
        "254:r041",
        "Oct. 16@266",
    ): "'Quotes issued before Oct. 16' (the coming increase) is read as the past Oct. 16, 2024-10-16",
    (
        "254:r078",
        "every Tuesday at 7 p.m.",
    ): "'every Tuesday at 7 p.m.' is split into a set XXXX-WXX-2 and a separate time T19:00",
    ("254:r080", "May"): "'She asked to cancel in May' (past narrative) is read as the next May, 2019-05",
    ("254:r080", "the end of July"): "'pay until the end of July' (in a past account) is read as next July, 2019-07",
    (
        "254:r089",
        "a year earlier",
    ): "'from 2.1 percent a year earlier' counts back from 'late 2018' in the aside, not from the quarter",
    ("255:r014", "one second"): "'one second longer than usual' (the leap second) is not tagged",
    (
        "255:r022",
        "4:30 p.m. Pacific",
    ): "'4:30 p.m. Pacific, on Saturday' is the coming Saturday (03-11); read as the past 03-04",
    (
        "255:r022",
        "7:30 p.m. Eastern",
    ): "'tips off at 7:30 p.m. Eastern ... on Saturday' is put on the past Saturday, Mar. 4",
    (
        "255:r022",
        "Saturday",
    ): "'on Saturday, just hours before clocks spring forward' is read as the past Saturday, Mar. 4",
    (
        "255:r025",
        "about an hour",
    ): "'about an hour earlier' is tagged as a time 2016-04-03T01:00, not the duration 'an hour'",
    ("255:r026", "midnight"): "'at midnight on Friday' is put at the end of Friday, 2024-03-01T24:00, not its start",
    ("255:r031", "week 53"): "'a week 53 in the ISO calendar' (2020-W53): only 'a week' is tagged, as a duration P1W",
    ("255:r033", "an hour"): "'left some residents an hour early' (a time offset) is tagged as a set PT1H",
    ("255:r051", "5:37 p.m."): "'compared with 5:37 p.m. the day before' (Nov. 1) is put on Sunday, 2025-11-02",
    (
        "255:r063",
        "four hours earlier",
    ): "'four hours earlier' than the 6:30 p.m. ET kickoff is 14:30; counted from 3:30 p.m. PT, 11:30",
    (
        "255:r071",
        "Tuesday",
    ): "'on Tuesday, 3:30 p.m. local' is merged into one time, 2023-06-13T15:30, not the date alone",
    ("255:r076", "the extra hour"): "'the benefit of the extra hour' (from clocks going back) is not tagged as PT1H",
    ("255:r080", "12.30pm"): "'12.30pm lunch' on 'this Sunday, which is also Mother's Day' (UK) is put on May 11",
    (
        "255:r080",
        "Mother's Day",
    ): "'this Sunday, which is also Mother's Day' (UK, 03-30) is read as US Mother's Day, 05-11",
    (
        "255:r082",
        "February",
    ): "'after those in February and March' (earlier this year) is read as the coming February, 2016-02",
    ("255:r082", "March"): "'those in February and March' (earlier this year) is read as the next March, 2016-03",
    ("255:r095", "midnight"): "'Friday, April 28 ... at midnight' is put at the end of April 28, T24:00, not its start",
    ("255:r096", "the fortnight"): "'in the fortnight after the clocks change' (P2W) is not tagged",
    ("256:r058", "1 April each year"): "'1 April each year' is split into a date 2021-04-01 and a set 'each year' P1Y",
    ("256:r061", "25 days"): "'due 25 days after that' is tagged as a date 2024-02-20, not the duration P25D",
    ("256:r067", "the first year"): "'rate hikes on new accounts during the first year' (generic length) is not tagged",
    ("257:r020", "3 a.m."): "'used to ... wake at 3 a.m.' (a past habit) is put on the next day, 2023-08-29T03:00",
    ("257:r020", "midnight"): "'in bed only between midnight and 5:30 a.m.' (habitual) is dated to the reference day",
    ("257:r032", "5 p.m."): "'practices, which used to end at 5 p.m.' (a habit) is put on Sept. 12, 2023-09-12T17:00",
    ("257:r032", "6:15 p.m."): "'now run until 6:15 p.m.' (habitual) is dated to the 'Sept. 12' meeting, 2023-09-12",
    ("257:r032", "7:50 a.m."): "'Buses now leave the depot at 7:50 a.m.' (habitual) is dated to the 'Sept. 12' meeting",
    ("257:r041", "8.30am"): "'shifts, each running from 8pm to 8.30am' (repeated) is put on the next day, 2020-02-13",
    ("257:r045", "two hours"): "'no work two hours before' (bed) is tagged as a date 2026-02-15, not the duration PT2H",
    (
        "257:r047",
        "6:30 p.m.",
    ): "'move to 6:30 p.m. in September' (a new start time) is put on Aug. 27, 2020-08-27T18:30",
    ("257:r080", "Thanksgiving"): "'Thanksgiving' in 'Thanksgiving turkey' (Nov. 25, the next day) is not tagged",
    ("257:r087", "7:30 a.m."): "'up by 7:30 a.m.' (a daily routine) is put on April 6, 2020-04-06T07:30",
    ("257:r087", "noon"): "'lunch at noon' (a daily routine) is dated to 'April 6', 2020-04-06T12:00",
    ("257:r102", "7 a.m."): "'bans construction between 10 p.m. and 7 a.m.' (generic) is dated to the next day, 09-04",
    ("258:r018", "June 7"): "'Her final race came June 7' is put in 2020, the year of 'Feb. 11, 2020', not 2025",
    (
        "258:r018",
        "two days later",
    ): "'two days later' after 'June 7' is anchored to the 2020 foaling year, giving 2020-06-09",
    ("258:r025", "April 18"): "'will open its 2026 ... season on April 18' is read as the past April, 2025-04-18",
    ("258:r029", "4.20pm"): "'before the 4.20pm off' this afternoon is left unanchored, XXXX-XX-XXT16:20",
    ("258:r045", "1.30pm"): "'the Festival's second day begins at 1.30pm' (today) is put on Tuesday, 2016-03-15",
    (
        "258:r056",
        "winter",
    ): "'freshened for eight weeks over winter' (the southern winter just past) is read as 2023-WI",
    ("258:r061", "August 1"): "'next year's meeting will run from August 1' is read as this year's, 2016-08-01",
    (
        "258:r061",
        "August 5",
    ): "'next year's meeting will run from August 1 to August 5' is read as this year, 2016-08-05",
    ("258:r063", "10 a.m. ET"): "'the first session at 10 a.m. ET' (Sept. 12) is put on the last sale day, Sept. 23",
    (
        "258:r063",
        "12 days",
    ): "'run 12 days from Monday, Sept. 12' is tagged as a date 2022-08-27, not the duration P12D",
    ("258:r064", "October"): "'the Cox Plate in October' (after a 10-week spell) is read as the past October, 2022-10",
    (
        "258:r078",
        "tomorrow morning",
    ): "'tomorrow morning', said late Sunday night, is counted from Monday, giving Aug. 22",
    ("258:r083", "August"): "'his defeat at York in August' (past) is read as the next August, 2023-08",
    (
        "258:r090",
        "Saturday@218",
    ): "'opens on Saturday with Derby Day' is the coming Saturday (10-29); read as the past 10-22",
    (
        "258:r090",
        "the Thursday",
    ): "'Oaks Day follows on the Thursday' (after the Cup, Nov. 3) is read as this week's, Oct. 27",
    ("258:r090", "the year before"): "'the year before' (before last year, so 2020) is tagged only as 'the year', 2022",
    (
        "258:r098",
        "Saturday",
    ): "'Saturday's Breeders' Cup Classic winner' (the day before) is read as next Saturday, Nov. 9",
    ("259:r043", "annual"): "'The annual Hall of Fame ceremony' (a yearly event) is not tagged as a set P1Y",
    ("259:r051", "the summer"): "'last March kept him out ... until the summer' is read as the coming summer, 2026-SU",
    (
        "259:r054",
        "an hour earlier",
    ): "'an hour earlier' than the 7pm start is 18:00; counted from the 10.15pm ring walks, 21:15",
    ("259:r075", "March"): "'the title defence in March' (upcoming) is read as the past March, 2025-03",
    (
        "259:r083",
        "Saturday",
    ): "'postponed ... Saturday's featherweight title fight' is the coming 03-21; read as past 03-14",
    ("259:r083", "months"): "'it could be weeks, it could be months' (a vague length) is not tagged",
    (
        "259:r083",
        "the rest of the month",
    ): "'halted all shows for the rest of the month' is tagged as 'the month', April 2020-04",
    ("259:r083", "weeks"): "'It could be weeks' (an unspecified duration PXW) is not tagged",
    (
        "259:r092",
        "the foreseeable future",
    ): "'run the UFC for the foreseeable future' (an open future period) is not tagged",
    ("259:r095", "August 25"): "'a sample taken on August 25' (in the past) is read as next year's, 2023-08-25",
    (
        "259:r101",
        "6.30am IST",
    ): "'a card that begins at 6.30am IST' (the coming bout, 11-08) is dated to the reference day",
    ("259:r101", "8am"): "'walk out shortly after 8am' (fight day, Nov. 8) is put on the article date, 2025-11-05",
    ("259:r101", "the summer"): "'fight there before the summer' (of next year) is read as this year's summer, 2025-SU",
    (
        "95:r037",
        "Tuesday",
    ): "'The government declared Tuesday a national holiday', told the day after: read as a day ahead",
    ("260:r040", "July 2"): "'its July 2 debut last year': the 'last year' is ignored, read as this year, 2020-07-02",
    (
        "260:r059",
        "early afternoon",
    ): "'first trade ... not expected until early afternoon' is put on Tuesday 04-13, not today 04-14",
    ("260:r059", "several hours"): "'takes several hours': the annotator writes PXH; the tagger writes PTXH",
    (
        "260:r073",
        "two quarters",
    ): "'has reported two quarters of better-than-expected sales' (a duration, P6M) is not tagged",
    (
        "260:r088",
        "next Wednesday",
    ): "'due to be published next Wednesday' on a Tuesday is read as the next day, 02-24, not 03-03",
    ("260:r091", "November"): "'fell by a third from its November peak': read as the coming November, 2022-11",
    ("260:r104", "11am"): "'Trading will open at 11am New Zealand time' is put on the publication day, 2023-08-15",
    (
        "260:r105",
        "June 3",
    ): "'ahead of the expiry of a second lock-up tranche on June 3': read as last year's, 2023-06-03",
    ("261:r050", "early April"): "'usually concludes in early April' is left without a year, XXXX-04, not April 2025",
    (
        "261:r058",
        "Monday",
    ): "'On Monday, the panel voted' is read as the Monday after 'Jan. 6, 2021' (01-11), not 2022-12-19",
    (
        "261:r084",
        "Feb. 23",
    ): "'The act was revoked on Feb. 23' (in 2022, the convoy year) is read as this year, 2023-02-23",
    (
        "261:r108",
        "5 p.m. the day before",
    ): "split: '5 p.m.' is put on Feb. 24 itself (2026-02-24T17:00); 'the day before' gets 2026-02-23",
    ("262:r002", "midnight"): "'clouds could roll in after midnight' tonight is put a day late, 2024-05-11T24:00",
    (
        "262:r018",
        "Tuesday night",
    ): "'an aurora watch for tonight and Tuesday night': read as the Tuesday just past, 2023-04-18",
    (
        "262:r027",
        "Wednesday",
    ): "'the activity fades by Wednesday' is read as the Wednesday just past (Nov. 1), not Nov. 8",
    ("262:r029", "11 p.m."): "'catch ... the aurora after 11 p.m.' tonight is put on 'Monday' (2024-08-12), not 08-11",
    (
        "262:r040",
        "Sunday@784",
    ): "'27 days after Sunday's eruption' is read as 2015-02-15, not the Sunday just past, 03-15",
    (
        "262:r040",
        "late evening",
    ): "'By late evening' is attached to 'on Sunday' (2015-03-15TEV), not storm day Tuesday the 17th",
    (
        "262:r062",
        "Friday evening",
    ): "'degraded ... starting Friday evening' (past) is read as the coming Friday, May 17",
    (
        "262:r077",
        "the weekend",
    ): "'a repeat display over the weekend' is read as the weekend just past (W45), not the coming W46",
    (
        "262:r100",
        "Thursdays at 7 p.m.",
    ): "split: 'Thursdays' SET XXXX-WXX-4 and '7 p.m.' a separate TIME XXXX-XX-XXT19:00",
    ("263:r044", "weekly"): "'the weekly 24-hour stoppages' (a weekly set, P1W) is not tagged",
    (
        "263:r053",
        "Thursday",
    ): "'before Thanksgiving on Thursday' is read as the Thursday just past (Nov. 17), not Nov. 24",
    (
        "263:r086",
        "the weekend",
    ): "'no talks scheduled before the weekend' is read as the weekend past (W43), not the coming W44",
    ("263:r098", "Monday"): "'700 services a day from Monday': 'a day from Monday' is read as 05-24; 'a day' is a rate",
    (
        "263:r098",
        "a day",
    ): "'700 services a day from Monday' is read as one day after Monday, 2022-05-24; 'a day' is a rate",
    (
        "263:r099",
        "the week before Christmas",
    ): "split: 'the week' is this week, 2018-W50, and 'Christmas' 2018-12-25; the week before is W51",
    (
        "263:r105",
        "the winter",
    ): "'being balloted on action over the winter' is read as last winter, 2015-WI, not the coming one",
    (
        "264:r019",
        "11am",
    ): "'Gates will open at 11am' is put on the publication day, 2024-04-08, not the weekend event day",
    (
        "264:r019",
        "7pm",
    ): "'Gates will ... close at 7pm' on the Saturday event day (04-13) is put on the publication day",
    (
        "264:r023",
        "Monday morning",
    ): "'Eid prayers ... on Monday morning' is read as the Monday just past (Mar. 24), not Mar. 31",
    (
        "264:r031",
        "1.30 pm",
    ): "'played only until 1.30 pm' is put on 'on Wednesday' (Mar. 12), not Friday prayers day, Mar. 14",
    ("264:r069", "annual"): "'the annual mudik exodus' (a yearly set, P1Y) is not tagged",
    (
        "264:r076",
        "10pm",
    ): "'polls close at 10pm' is put on the start of 'Ramadan' (2017-05-27), not election day, 8 June",
    (
        "264:r101",
        "3.42am",
    ): "'the fast ... lasts from 3.42am' today is anchored on 'Sunday' (2019-05-05), not 2019-05-06",
    (
        "264:r101",
        "8.46pm",
    ): "'the fast ... lasts from 3.42am to 8.46pm' is put on 'on Sunday' (May 5), not today, May 6",
    (
        "264:r104",
        "the weekend",
    ): "'extra police for the weekend' is read as the weekend just past (W49), not the coming W50",
    (
        "265:r030",
        "1 August",
    ): "'the 2019 Ashes series will begin ... on 1 August' is read as 2018-08-01, not 2019-08-01",
    ("265:r034", "Friday"): "'overs scheduled for Friday was bowled' (past) is read as the coming Friday, Mar. 4",
    (
        "265:r047",
        "Wednesday",
    ): "'was called off ... on Wednesday' (past tense) is read as the coming Wednesday, 2017-11-29",
    (
        "265:r076",
        "Thursday",
    ): "'the second Test at Lord's starts on Thursday' is read as the Thursday just past (Jul. 9)",
    (
        "265:r078",
        "16 September",
    ): "'the final Test is scheduled to finish on 16 September' (2019 series) is read as 2018-09-16",
    (
        "265:r094",
        "Friday night",
    ): "'5 for 0 at stumps on Friday night' (past) is read as the coming Friday, 2025-02-07, not 01-31",
    ("266:r022", "Sunday"): "'from Thursday to Sunday' (this race weekend) read as the Sunday just past, 2024-06-30",
    (
        "266:r022",
        "Thursday",
    ): "'four days from Thursday to Sunday' (this race week) is read as the week before, 2024-06-27",
    (
        "266:r024",
        "Saturday night",
    ): "'a concert on Saturday night' (coming weekend) is read as the Saturday past, 2017-10-14",
    (
        "266:r028",
        "Saturdays at 15:00 local time",
    ): "split into 'Saturdays' SET and '15:00' TIME instead of one SET XXXX-WXX-6T15:00",
    (
        "266:r037",
        "every Thursday at 7 p.m. ET",
    ): "split into SET 'every Thursday' and a generic TIME '7 p.m. ET', not one SET XXXX-WXX-4T19:00",
    ("266:r050", "4.15 pm"): "'ended at 4.15 pm' anchored to the 'Saturday evening' just mentioned, not Sunday's race",
    (
        "266:r058",
        "midnight",
    ): "'scheduled for midnight' on Thursday night is put at the end of Friday, 2023-11-17T24:00",
    ("266:r058", "this season"): "'an extra element for this season' (the 2023 F1 season) is not tagged",
    (
        "266:r068",
        "2pm local time",
    ): "'Lights out at Suzuka is at 2pm' put on the reference day, not race day Sunday 2023-09-24",
    ("266:r069", "10am"): "'told at 10am that the event was off' anchored to 'last night' (03-12), not the same day",
    ("266:r069", "8am"): "'queuing ... by 8am' (the morning of the ref day) is put on the previous day, 2020-03-12",
    (
        "266:r084",
        "later that afternoon",
    ): "'later that afternoon' follows the Saturday sprint; it is tied to 'Sunday's race', 2024-04-21",
    (
        "266:r108",
        "Monday afternoon",
    ): "'a 10-lap feature on Monday afternoon' of the meeting read as next Monday, Jan. 19, not Jan. 26",
    (
        "266:r108",
        "Saturday",
    ): "'two races on Saturday' (the holiday weekend, Jan 24) is read as the next Saturday, 2026-01-17",
    ("267:r008", "9 p.m."): "'Wednesday evening hours, until 9 p.m.' (generic opening hours) put on the reference day",
    (
        "267:r008",
        "Wednesday evening",
    ): "'its Wednesday evening hours' (a recurring opening) is read as the ref day, 2022-08-03TEV",
    ("267:r019", "Sunday"): "'from Thursday through Sunday' (this week) read as the Sunday just past, 2025-06-15",
    (
        "267:r019",
        "Thursday",
    ): "'admitted from Thursday through Sunday' (coming days) is read as the Thursday past, 2025-06-12",
    ("267:r033", "11am"): "'from 11am to 5.30pm' (generic opening hours) is anchored to Sunday, 2025-09-07T11:00",
    ("267:r033", "5.30pm"): "'from 11am to 5.30pm' (generic opening hours) anchored to Sunday 2025-09-07",
    ("267:r033", "Sunday@98"): "'open Wednesday to Sunday only' (recurring) read as a single date, Sunday 2025-09-07",
    ("267:r033", "Wednesday"): "'open Wednesday to Sunday only' (a weekly schedule) is tagged as one date, 2025-09-03",
    ("267:r042", "5pm"): "'closing at 9pm instead of 5pm' (usual closing time) put on the reference day",
    ("267:r042", "9pm"): "'closing at 9pm' on Thursdays (generic hours) is anchored to the ref day, 2016-06-29T21:00",
    (
        "267:r059",
        "Monday",
    ): "'open five days a week, Thursday through Monday' (weekly) is read as next Monday, 2020-10-19",
    (
        "267:r059",
        "Thursday",
    ): "'open five days a week, Thursday through Monday' (recurring) read as a single date 2020-10-15",
    ("267:r064", "today"): "tags 'noon, today' as one TIME 2018-01-05T12:00 instead of 'today' as the DATE 2018-01-05",
    (
        "267:r065",
        "10 a.m.",
    ): "'regular hours of 10 a.m. to 5:30 p.m.' (generic) is anchored to 'Sunday, Oct. 2', 2016-10-02",
    ("267:r065", "5:30 p.m."): "'regular hours of 10 a.m. to 5:30 p.m.' (generic) anchored to 'Sunday, Oct. 2'",
    ("267:r076", "4pm"): "'stay open from 9am to 4pm during the closure' (generic hours) anchored to Monday 2019-08-19",
    ("267:r076", "9am"): "'open from 9am to 4pm during the closure' (daily hours) is anchored to Monday, 2019-08-19",
    ("267:r081", "International Museum Day"): "'On International Museum Day today' (2018-05-18) is not tagged",
    (
        "267:r086",
        "8.30am",
    ): "'open an hour earlier, at 8.30am, from Monday' (new daily opening) put on the reference day",
    (
        "267:r092",
        "Wednesday nights",
    ): "'open late on Wednesday nights from next year' (weekly) is tagged 'late on Wednesday', ref day",
    (
        "268:r014",
        "12:01 a.m. Tuesday",
    ): "'ready to walk out at 12:01 a.m. Tuesday' read as the Tuesday just past, not Oct. 1",
    (
        "268:r088",
        "the end of the month",
    ): "'leaves without a deal at the end of the month' (October) is read as November, 2019-11",
    (
        "268:r089",
        "the third quarter",
    ): "'weak transshipment demand in the third quarter' (already seen) read as 2016-Q3, not 2015-Q3",
    ("268:r108", "08:45"): "'the 08:45 sailing ... on Tuesday' (2015-12-08T08:45) is not tagged",
    (
        "269:r005",
        "Thursdays at 7 p.m.",
    ): "split into SET 'Thursdays' and a generic TIME '7 p.m.', not one SET XXXX-WXX-4T19:00",
    ("269:r016", "the final evening"): "'blitz on the final evening' (Sunday 20 April, 2025-04-20TEV) is not tagged",
    (
        "269:r016",
        "the opening Monday",
    ): "tags only 'Monday' as next Monday 2025-03-10; 'the opening Monday' is Monday 14 April",
    ("269:r023", "10 a.m."): "'on Independence Day at 10 a.m.' read as US July 4, 2024, not India's Aug. 15, 2023",
    (
        "269:r023",
        "Independence Day",
    ): "'Independence Day' in an Indian story (Aug 15) is read as the US holiday, 2024-07-04",
    ("269:r040", "Wednesdays at 8pm"): "split into 'Wednesdays' SET and '8pm' TIME instead of one SET XXXX-WXX-3T20:00",
    ("269:r067", "7.45pm"): "'The opening session starts at 7.45pm' (Monday) is put on the ref day, 2017-10-20T19:45",
    (
        "269:r067",
        "the following Saturday",
    ): "'planned for the following Saturday' read as tomorrow, 2017-10-21, not Oct. 28",
    ("269:r070", "Thursday"): "'rapid tiebreaks on Thursday' (the next day) read as the Thursday just past, 2023-08-17",
    ("269:r071", "Wednesday"): "'a rest day on Wednesday' (the coming one) is read as the Wednesday past, 2025-01-15",
    ("269:r072", "Mondays at 3pm"): "split into SET 'Mondays' and a generic TIME '3pm', not one SET XXXX-WXX-1T15:00",
    ("269:r073", "annual"): "'The Toronto club's annual simul' is not tagged as a yearly SET P1Y",
    ("269:r086", "3 p.m."): "'opening round at 3 p.m. on the first day' anchored to December 21, not December 15",
    (
        "269:r100",
        "the Saturday evening",
    ): "'the Saturday evening' of the March 14-15 tournament read as tomorrow, 2026-02-07",
    ("269:r103", "5 p.m."): "'5 p.m. on the first day' (Wednesday) is put on Thursday, 2017-03-16T17:00",
    ("270:r096", "October"): "'offering every adult a shot by October' read as the past October, 2020-10, not 2021-10",
    ("270:r097", "Monday"): "'received the FDA warning letter ... on Monday' (past) is read as next Monday, 2019-10-14",
    (
        "271:r016",
        "Monday night",
    ): "'The storm arrived Monday night' (last week) read as this week's Monday, not 2023-03-20",
    (
        "271:r016",
        "Wednesday afternoon",
    ): "'storm ... last week ... until Wednesday afternoon' is read as the ref day, 2023-03-29",
    (
        "271:r021",
        "Wednesday",
    ): "'48 hours to regroup before Wednesday's slalom' read as the Wednesday just past, 2022-02-02",
    ("271:r031", "the next day"): "'The men's slalom follows the next day' (Nov. 18) is given the ref date, 2018-11-09",
    ("271:r073", "Sunday"): "'crowds thin out after Sunday' (the coming one) is read as the Sunday past, 2025-12-28",
    (
        "271:r107",
        "late October",
    ): "'in 2022, when an early cold snap let snowmakers start in late October': read as ahead",
    ("272:r004", "July 13"): "'last year's full opening on July 13' is read in the current year, 2023-07-13, not 2022",
    ("272:r045", "Nov. 11"): "'five days in 2019: ... Nov. 11, Veterans Day': read as the past Nov. 11, 2018-11-11",
    ("272:r047", "autumn"): "'ruled out a cap on autumn expeditions' (the coming autumn, 2019-FA) is not tagged",
    ("272:r060", "decades"): "'badly eroded over decades' (an unspecified span of decades) is not tagged",
    ("272:r090", "June"): "'most of them between June and September' (any year) is read as June of this year, 2024-06",
    ("272:r090", "September"): "'visits a year, most of them between June and September' (yearly) read as 2024-09",
    ("272:r093", "two days"): "'booked ... two days before' (P2D) is tagged as a date, the publication day 2022-06-09",
    (
        "272:r105",
        "November",
    ): "'best from April to June ... to November' (any year) is read as the last November, 2016-11",
    (
        "272:r105",
        "mid-September",
    ): "'best from April to June and again from mid-September' (habitual) read as past 2016-09",
    (
        "273:r025",
        "a year earlier",
    ): "'up from 27 percent a year earlier' is anchored to the Nov. 1 deadline, 2024-11-01, not 2024",
    (
        "273:r058",
        "September",
    ): "'cap first-year enrolment at 3,200 for September' (the coming intake) is read as 2023-09",
    (
        "273:r087",
        "the spring",
    ): "'Starting next school year ... the SAT in the spring' is read as the current spring, 2025-SP",
    ("274:r060", "2024"): "'the 2024 Block 9 bottling' (a vintage year) is not tagged",
    (
        "274:r062",
        "January",
    ): "'shipments from January through November' (this year) is read as the coming January, 2025-01",
    (
        "274:r062",
        "a year earlier",
    ): "'January through November were down ... from a year earlier' read as month 2023-11, not 2023",
    ("274:r077", "14 years"): "'are now 14 years old' (an age of 14 years) is not tagged",
    (
        "274:r085",
        "about 8 a.m. Monday",
    ): "'over the holiday weekend ... until about 8 a.m. Monday': read as the next Monday, 2016-01-25",
    (
        "274:r085",
        "midnight",
    ): "'from midnight until about 8 a.m. Monday' (past) read as next Monday's midnight, 2016-01-25",
    ("274:r090", "2022"): "'Bordeaux 2022' (the 2022 vintage) is not tagged",
    ("274:r092", "October"): "'typically undergo ... fruit-pruning in October' (habitual) read as a specific 2023-10",
    (
        "274:r092",
        "about 120 days",
    ): "'harvest coming about 120 days later' is tagged as a date 2024-01-29, not a duration P120D",
    (
        "274:r095",
        "the weekend",
    ): "on a Monday, 'the weekend's heat spike' (just past, W36) is read as the coming weekend W37",
    ("275:r002", "Thursday"): "'made public Thursday' is read as the Thursday 11 days after March 3, 2019-03-14",
    (
        "275:r011",
        "Thursday morning",
    ): "'a cyber attack ... on Thursday morning' (past) read as the next Thursday, 2022-08-11",
    ("275:r011", "weeks"): "'for what could be weeks' (an unspecified number of weeks) is not tagged",
    (
        "275:r017",
        "Friday",
    ): "'following Friday's ransomware attack' read as 'following Friday', the next one, 2021-05-21",
    ("275:r019", "roughly 500 milliseconds"): "'a delay of roughly 500 milliseconds' (PT0.5S) is not tagged",
    (
        "275:r020",
        "Monday@473",
    ): "'departures scheduled for Monday' (already past, with the outage) is read as 2025-09-29",
    ("275:r020", "hours@385"): "'queues ... stretched for hours': the annotator writes PXH; the tagger writes PTXH",
    (
        "275:r020",
        "hours@716",
    ): "'taken down again within hours' is not tagged; the annotator's value PXH should be PTXH",
    (
        "275:r059",
        "September",
    ): "'the one it disclosed in September' (2016) is read as September after 'August 2013', 2013-09",
    ("275:r061", "hours"): "'within hours': the annotator writes PXH; the tagger writes PTXH",
    ("275:r069", "the fortnight"): "'in the fortnight leading up to' Black Friday (P2W) is not tagged",
    ("275:r098", "quarterly"): "'Oracle's quarterly Critical Patch Update' (SET P3M) is not tagged",
    (
        "275:r104",
        "midnight",
    ): "'restored at midnight' ending Wednesday's outage is read a day late, as 2026-01-29T24:00",
    (
        "275:r107",
        "Friday, April 20",
    ): "tags the wider 'the evening of Friday, April 20' as TIME 2018-04-20TEV, not the bare date",
    ("275:r107", "days"): "'it could take days before services were running smoothly' is not tagged",
    (
        "276:r056",
        "the weekend",
    ): "'lows above 20C through the weekend' (this week's) is read as last weekend, 2024-W30-WE",
    (
        "276:r088",
        "December",
    ): "an outlook 'from December through February' means the coming December, but is read as 2024-12",
    (
        "276:r088",
        "February",
    ): "'winter outlook ... from December through February' is read as the past February, 2025-02",
    ("276:r090", "the weekend"): "'temperatures dip over the weekend' (coming, W26) read as the weekend just past, W25",
    ("276:r101", "June"): "in 'noted that June had already been', 'that June' is taken as 1995-06; it is June 2018",
    ("276:r104", "spring"): "'a warmer and drier than average spring' (the coming spring, 2023-SP) is not tagged",
    ("276:r104", "winter"): "'its warmest winter since' (southern winter, June to August 2023) is not tagged",
    (
        "277:r040",
        "the Friday night",
    ): "'Fair week runs Aug. 4-9 ... on the Friday night' is read as the Friday after, 2015-08-14",
    (
        "277:r068",
        "Jan. 21",
    ): "'concerts in January ... add a third night on Jan. 21' (2025) is read as the past 2024-01-21",
    ("277:r068", "January"): "'Coldplay's Mumbai concerts in January' (upcoming, 2025-01) read as past January 2024-01",
    (
        "277:r077",
        "5.45pm every Friday",
    ): "'5.45pm every Friday' is split into a TIME T17:45 and a SET XXXX-WXX-5, not one SET",
    (
        "277:r082",
        "the Saturday night",
    ): "'from Dec. 8 to Dec. 10 ... the Saturday night' is read as the coming Saturday, 2017-10-21",
    (
        "277:r093",
        "every Thursday at 7 p.m.",
    ): "'every Thursday at 7 p.m.' is split into SET XXXX-WXX-4 and a separate TIME for '7 p.m.'",
    (
        "277:r100",
        "10 a.m. local time",
    ): "'Tuesday, Jan. 17, at 10 a.m.' is anchored to the later Thursday, Jan. 19 (2017-01-19T10:00)",
    (
        "277:r105",
        "the July weekend",
    ): "'booked for the July weekend' (July 19-21, 2024): only 'July' is tagged, as last July 2023-07",
    (
        "278:r024",
        "September",
    ): "'we still thought September was realistic' (this year's festival) is read as last year, 2019-09",
    (
        "278:r036",
        "11 a.m.",
    ): "'from Monday, May 29, at 11 a.m.': the time is put on the new Sunday, May 28, not the Monday",
    (
        "278:r042",
        "June 4",
    ): "'counting ... shifted from June 4 to June 2' (upcoming) is read as the past June 4, 2023-06-04",
    (
        "278:r045",
        "Saturday",
    ): "'due to start ... on Saturday' (the coming one) is read as the Saturday just past, 2024-08-31",
    ("278:r048", "the second quarter"): "'would slip into the second quarter' is not tagged; it means 2025-Q2",
    (
        "278:r050",
        "Sunday",
    ): "'had been set for Sunday' (the coming canonization) is read as the Sunday just past, 2025-04-20",
    (
        "278:r056",
        "Saturday",
    ): "'postpone Saturday's football game' (this weekend) is read as the past Saturday, 2016-10-01",
    (
        "278:r061",
        "Sept. 10",
    ): "'first floated for Sept. 10' (the coming repeat vote) is read as the past Sept. 10, 2018",
    ("278:r063", "10.30"): "'at 11.15 yesterday instead of 10.30': the dotted clock time '10.30' is not tagged",
    (
        "278:r081",
        "Sunday",
    ): "'move the ... season opener from Sunday' (the coming one) is read as last Sunday, 2017-09-03",
    (
        "278:r084",
        "Friday",
    ): "'cancel classes Thursday and Friday' (this week, ahead) is read as the past Friday, 2018-10-12",
    (
        "278:r084",
        "Thursday",
    ): "'cancel classes Thursday and Friday' (the coming days) is read as last Thursday, 2018-10-11",
    ("278:r092", "16:35"): "'at 17:40 today instead of 16:35': the original time 16:35 is not tagged",
    (
        "278:r101",
        "Wednesday@293",
    ): "'Wednesday's wristbands' (the rained-out show just past) is read as the coming one, 2016-07-20",
    ("278:r101", "an entire day"): "'closed the grounds for an entire day' (in 2014) is not tagged; a duration P1D",
    (
        "279:r044",
        "noon on Monday",
    ): "'until noon on Monday' (a deadline just past) is split and read as next Monday, 2017-11-27",
    (
        "279:r076",
        "that December",
    ): "'the recount that December' is read as December 2023; the annotator dates the recount 2022-12",
    (
        "279:r091",
        "late Wednesday",
    ): "'after he returned from Japan late Wednesday' (a coming trip) is read as last Wednesday, 05-18",
    (
        "280:r005",
        "7 a.m.",
    ): "'Polls are open today from 7 a.m.' is left undated, XXXX-XX-XXT07:00, not today 2024-11-05",
    ("280:r005", "8 p.m."): "'Polls are open today from 7 a.m. to 8 p.m.': 8 p.m. is left undated (XXXX), not today",
    (
        "280:r035",
        "11 a.m.",
    ): "'the 2017 parade would begin at 11 a.m.' is put on today, 2016-03-17, not the 2017 parade",
    (
        "280:r041",
        "every 2.5 minutes",
    ): "'every 2.5 minutes' is tagged SET PT2M30S; the annotator writes PT2.5M (the same length)",
    (
        "280:r049",
        "3 p.m.",
    ): "'every second and fourth Tuesday ... from 3 p.m.' (a schedule) is pinned to Tuesday 2026-05-12",
    ("280:r049", "7 p.m."): "'every second and fourth Tuesday ... to 7 p.m.' is anchored to one Tuesday, 2026-05-12",
    ("280:r054", "3 a.m."): "'subways operating until 3 a.m.' after New Year's Eve is put on Dec 31, not Jan 1, 2017",
    ("280:r056", "January"): "'every month except January' (any January) is read as the coming January, 2022-01",
    ("280:r057", "6 a.m."): "'weekday mornings from 6 a.m.' (a daily schedule) is anchored to Labor Day, 2025-09-01",
    ("280:r057", "9 a.m."): "'weekday mornings from 6 a.m. to 9 a.m.' (recurring) is put on Labor Day, 2025-09-01",
    (
        "280:r061",
        "Every night at 8 p.m.",
    ): "'Every night at 8 p.m.' is split into a SET 'Every night' (TNI) and an undated TIME 8 p.m.",
    (
        "280:r062",
        "3 p.m. Thursday",
    ): "'from 4 p.m. Wednesday to 3 p.m. Thursday' (a coming warning) is read as last Thursday, 02-22",
    (
        "280:r062",
        "4 p.m. Wednesday",
    ): "'from 4 p.m. Wednesday' (the coming warning) is read as the Wednesday just past, 2018-02-21",
    (
        "280:r066",
        "9.30am",
    ): "'runs start at ... 9.30am in Scotland' (every Saturday) is anchored to July 24, 2021-07-24",
    ("280:r066", "9am"): "'The runs start at 9am sharp' (the usual start time) is pinned to the July 24 restart date",
    ("280:r079", "1 a.m."): "'may not park ... between 1 a.m. and 6 a.m.' (a standing rule) is dated March 31, 2024",
    ("280:r079", "6 a.m."): "'may not park ... between 1 a.m. and 6 a.m.' (a nightly rule) is pinned to March 31, 2024",
    (
        "280:r079",
        "6 p.m.",
    ): "'sent by 6 p.m. on the day a ban is declared' (any such day) is given one date, 2024-03-31",
    (
        "280:r080",
        "4pm",
    ): "'open from 8am to 4pm over the rest of the long weekend' is pinned to Good Friday, 2017-04-14",
    ("280:r080", "8am"): "'open from 8am to 4pm over the rest of the long weekend' is put on Good Friday, 2017-04-14",
    (
        "280:r087",
        "Monday",
    ): "'After the pope's death on Monday' (the day before) is read as the coming Monday, 2025-04-28",
    (
        "280:r091",
        "December",
    ): "'rain between October and December' (the usual season) is read as the coming December, 2019-12",
    (
        "280:r091",
        "October",
    ): "'rain between October and December' (habitual monsoon months) is read as this year, 2019-10",
    ("280:r103", "2 p.m."): "'every Saturday ... from 10 a.m. to 2 p.m.' (recurring) is put on April 14, 2018-04-14",
    (
        "280:r105",
        "8 a.m.",
    ): "'close overnight, from 8 p.m. to 8 a.m., for the rest of August' (nightly) is dated 2022-08-11",
    (
        "280:r105",
        "8 p.m.",
    ): "'close overnight, from 8 p.m. to 8 a.m., for the rest of August' is pinned to today, 08-10",
    (
        "281:r021",
        "that evening",
    ): "'the board's regular meeting that evening' (the vote day) is dated 2026-06-01, months ahead",
    ("281:r044", "March"): "'the force's handling of the vigil in March' (past) is read as the coming March, 2022-03",
    ("281:r078", "Jan. 18"): "'her first session on Jan. 18' (upcoming) is dated 1972-01-18 instead of 2016-01-18",
    (
        "281:r078",
        "Tuesday morning",
    ): "'was sworn in Tuesday morning' (today, 2016-01-12) is given a 1972 date, 1972-01-04TMO",
    ("281:r107", "the foreseeable future"): "'for the foreseeable future' is not tagged; it means FUTURE_REF",
    ("282:r004", "the foreseeable future"): "'keep its 1,100 stores closed for the foreseeable future' is not tagged",
    ("282:r029", "weeks"): "'within days rather than weeks' is not tagged; the bare 'weeks' is a vague duration PXW",
    (
        "282:r034",
        "10 a.m.",
    ): "'began its work shortly after 10 a.m.' (on Monday) is put on today, 11-19, not Monday 11-18",
    ("282:r050", "late Tuesday"): "'power restored by late Tuesday' (a forecast) is read as last Tuesday, 2023-01-03",
    ("282:r056", "June"): "'the odds of a cut before June' (upcoming) is read as the past June, 2024-06",
    ("282:r073", "10am"): "'more than 13,000 claims by 10am' (this morning) is put on 'Sunday', 2022-02-27T10:00",
    ("282:r073", "months"): "'would take months, not weeks' is not tagged; it is a vague duration PXM",
    ("282:r073", "weeks"): "'months, not weeks' (a vague duration) is not tagged; 'weeks' gets nothing",
    ("282:r074", "spring"): "'spring will arrive early' is not tagged; it means spring 2016",
    ("282:r090", "days"): "'barely days after Russia's Luna-25 probe smashed' is not tagged; a vague duration PXD",
    (
        "282:r092",
        "Christmas",
    ): "'one more reduction before Christmas' (coming) is read as the past Christmas, 2024-12-25",
    ("282:r095", "the final week"): "'well into the final week' (of the campaign ending Oct. 21) is not tagged",
    ("282:r098", "July 19"): "'the final on July 19' (the coming one) is read as last year's, 2025-07-19",
    ("283:r001", "2123"): "'runs through 2123' (the end of a 99-year lease) is not tagged as a year",
    (
        "283:r007",
        "the first decade",
    ): "'$2.1 million a year for the first decade' of the lease is not tagged; a duration P10Y",
    (
        "283:r031",
        "every Thursday at 3 p.m. GMT",
    ): "'every Thursday at 3 p.m. GMT' is split into a SET 'every Thursday' and an undated time",
    ("283:r033", "28 days"): "'up from 28 days previously' (a notice period) is read as a date 28 days ago, 2021-09-23",
    ("283:r068", "1 May"): "'From 1 May the Renters' Rights Act abolishes' (coming) is read as the past 1 May, 2025",
    ("283:r073", "annually"): "'renewable annually thereafter' is not tagged; a yearly set P1Y",
    ("283:r089", "the fall"): "'a general assembly in the fall' (autumn 2023) is not tagged",
    (
        "283:r098",
        "1 October of that year",
    ): "'1 October of that year' (2017, from 'in 2017') is read as 2025-10-01 with 'that year' 2025",
    (
        "284:r016",
        "next summer",
    ): "'in Russia next summer', said in January, is read as this summer 2017-SU; it is 2018-SU",
    (
        "284:r022",
        "January",
    ): "'would likely have slipped into January' (after Dec. 13) is read as the past January, 2021-01",
    (
        "284:r052",
        "Saturday",
    ): "'marks a decade since Hurricane Katrina on Saturday' (Aug. 29) is read as last Saturday, 08-22",
    ("284:r060", "Monday@92"): "'struck down ... on Monday' (a past ruling) is read as the coming Monday, 2018-09-17",
    (
        "284:r068",
        "Wednesday night",
    ): "'first address to Congress on Wednesday night' (just past) is read as next week, 2021-05-05",
    ("284:r076", "Friday"): "'unless encampments were cleared by Friday' (tomorrow) is read as last Friday, 2024-04-26",
    ("284:r086", "Sunday"): "'an agreement that arrives after Sunday' (ahead) is read as the past Sunday, 2020-12-06",
    ("284:r101", "December"): "'a move before December' (the coming one) is read as last December, 2014-12",
    (
        "285:r004",
        "three-plus hours",
    ): "'spent three-plus hours on the tarmac' is not tagged; it is a duration of over 3 hours",
    (
        "285:r007",
        "three years and four months",
    ): "'Following three years and four months' is split into 'Following three years' P3Y and P4M",
    ("285:r019", "Saturday"): "'ordered primary schools shut from Saturday' is read as the past Saturday, 2022-10-29",
    ("285:r041", "a month"): "'state of emergency, now a month old' is not tagged; a duration P1M",
    ("285:r045", "days"): "'weeks, not days' (a vague duration) is not tagged; 'days' gets nothing",
    ("285:r045", "weeks"): "'will take weeks, not days' is not tagged; it is a vague duration PXW",
    (
        "285:r064",
        "midnight",
    ): "'from midnight until ... 5:30 a.m.' Friday is put at the end of Friday, 2018-02-09T24:00",
    (
        "285:r064",
        "roughly 5:30 a.m.",
    ): "'signed the bill at roughly 5:30 a.m.' (early today, Friday) is put on the next day, 02-10",
    (
        "285:r076",
        "4:30 p.m. Friday",
    ): "'if no verdict was reached by 4:30 p.m. Friday' (ahead) is read as the past Friday, 03-15",
    (
        "285:r096",
        "every two years and eight months",
    ): "'every two years and eight months' is split into SET P2Y and a separate DURATION P8M",
    (
        "286:r005",
        "the small hours of Sunday",
    ): "'in the small hours of Sunday' gets only 'Sunday', 2021-08-15; the night-time part is lost",
    (
        "286:r019",
        "the wee hours of Friday",
    ): "'in the wee hours of Friday': only 'Friday' is tagged (2025-11-21); the night part is dropped",
    (
        "286:r023",
        "9 p.m. every Thursday",
    ): "'9 p.m. every Thursday' is split into an undated '9 p.m.' and a SET 'every Thursday'",
    (
        "286:r028",
        "a quarter to six",
    ): "'by a quarter to six' this evening is read as 5:45 a.m. tomorrow, 2023-12-17T05:45",
    (
        "286:r035",
        "the early hours of Saturday",
    ): "'into the early hours of Saturday': only 'Saturday' is tagged (08-17); the night is dropped",
    ("286:r040", "mid-morning"): "'well before mid-morning' (next Wednesday, 2015-06-24) is not tagged",
    ("286:r044", "7"): "'before the flags went up at 7' (7 a.m., after '6.15 this morning') is not tagged",
    ("286:r048", "11"): "'off the piers by 11' (11 p.m. tonight) is not tagged",
    ("286:r049", "22:00"): "'on BBC Four at 22:00 on Sunday' (ahead) is dated to the Sunday just past, 2025-08-31",
    ("286:r049", "Sunday"): "'repeated on BBC Four at 22:00 on Sunday' (coming) is read as the past Sunday, 2025-08-31",
    ("286:r052", "dawn"): "'By dawn, aerial footage showed huge slips' (the morning after the quake) is not tagged",
    ("286:r054", "4pm@59"): "'from 4pm until midnight today' is dated to the next day, 2022-10-18, not today",
    ("286:r054", "5am"): "'from 5am to 4pm on Tuesday' is dated Wednesday, 2022-10-19, not Tuesday 2022-10-18",
    (
        "286:r063",
        "11:46 a.m.",
    ): "tags 'shortly before 11:46 a.m.' on the publication day 2015-11-02; the race was on 11-01",
    (
        "286:r063",
        "8:54 p.m.",
    ): "'the last official finisher came in at 8:54 p.m.' (race day, Sunday) is put on today, 11-02",
    (
        "286:r063",
        "9:20 a.m. Sunday",
    ): "'set off ... at 9:20 a.m. Sunday' (the race just run) is read as the coming Sunday, 11-08",
    (
        "286:r063",
        "about an hour and 12 minutes",
    ): "'about an hour and 12 minutes' is split into 'about an hour' PT1H and '12 minutes' PT12M",
    ("286:r064", "daybreak"): "'around daybreak' (tomorrow morning, 2025-01-24) is not tagged",
    ("286:r067", "dawn"): "'line up well before dawn' (Friday morning, 2024-11-29) is not tagged",
    (
        "286:r080",
        "four and a half hours",
    ): "'four and a half hours later' is tagged as a time point 2015-10-19T23:30, not PT4H30M",
    ("286:r083", "sunrise"): "'gathering on the foreshore before sunrise' (this morning) is not tagged",
    ("286:r084", "4.45pm"): "'Kick-off ... is at 4.45pm on Saturday' (coming) is put on last Saturday, 2026-01-31",
    ("286:r084", "Saturday"): "'Kick-off ... at 4.45pm on Saturday' (ahead) is read as the past Saturday, 2026-01-31",
    ("286:r088", "6"): "'set for 6 to 8 p.m. on Tuesday, Oct. 31': the bare '6' (6 p.m.) is not tagged",
    ("286:r090", "Saturday"): "'strike days this week, Tuesday, Thursday and Saturday' is read as last Saturday, 06-18",
    ("286:r090", "Thursday"): "'strike days this week, Tuesday, Thursday' is read as last Thursday, 2022-06-16",
    ("286:r090", "Tuesday"): "'the strike days this week, Tuesday' is read as the Tuesday just past, 2022-06-14",
    (
        "286:r095",
        "10:30 a.m.",
    ): "'The crew woke at about 10:30 a.m.' (today) is dated to Wednesday's attempt, 2020-05-27",
    (
        "286:r095",
        "12:15 p.m.",
    ): "'due to leave the crew quarters at 12:15 p.m.' (today) is put on Wednesday, 2020-05-27",
    ("286:r095", "noon"): "'suited up shortly after noon' today is put on 'Wednesday', 2020-05-27, not 2020-05-30",
    ("286:r096", "0500 GMT"): "'(0500 GMT) on Friday' (the coming truce) is read as last Friday, 2023-11-17",
    (
        "286:r096",
        "7 a.m. local time",
    ): "'at 7 a.m. local time ... on Friday' (tomorrow) is read as the past Friday, 2023-11-17",
    ("286:r096", "Friday"): "'truce is due to take effect ... on Friday' (tomorrow) is read as last Friday, 2023-11-17",
    (
        "286:r100",
        "8pm each evening",
    ): "'close at 8pm each evening' is split into an undated 20:00 and a set 'each evening' TEV",
    ("286:r103", "dawn"): "'had its full fleet of plows out by dawn' (Sunday, 12-07) is not tagged",
    ("286:r103", "nightfall"): "'still impassable at nightfall' (Sunday evening) is not tagged",
    ("287:r007", "nightfall"): "'By nightfall, rescuers had pulled 215 people' (quake day, Wednesday) is not tagged",
    (
        "287:r016",
        "Thursday",
    ): "'recalled for a special sitting on Thursday' (coming) is read as last Thursday, 2026-01-15",
    ("287:r030", "noon"): "'signed it at a noon ceremony' (Friday, today) is dated to Wednesday, 2018-01-24",
    (
        "287:r040",
        "about 4am",
    ): "'recount was ordered at about 4am' (before Friday 05-02) is put on the publication day 05-08",
    (
        "287:r044",
        "the following afternoon",
    ): "'the following afternoon' after the New Year's Eve raid is dated 2024-01-02, not 01-01",
    ("287:r056", "Tuesday"): "'ahead of Tuesday's expiry' (last week's) is read as the coming Tuesday, 2020-04-28",
    (
        "287:r092",
        "mid-afternoon",
    ): "'escaped through a rear fire door mid-afternoon' (that day, 2026-02-18) is not tagged",
    ("288:r004", "10 a.m."): "'from 10 a.m. on June 14' (two days away) is dated a year later, 2022-06-14",
    ("288:r004", "June 14"): "'open ... from 10 a.m. on June 14' (two days away) is read as June 14, 2022",
    ("288:r004", "a week later"): "'general sale opening a week later' (after June 14) gets the wrong year, 2022-06-21",
    ("288:r021", "8pm"): "'at home to Leicester at 8pm' on Boxing Day is dated Christmas Day, 2024-12-25",
    (
        "288:r027",
        "7:30 p.m. every Friday",
    ): "'7:30 p.m. every Friday' is split into an undated TIME 7:30 p.m. and a SET 'every Friday'",
    ("288:r034", "early April"): "'the decision to wait until early April' (past) is read as the coming April, 2024-04",
    (
        "288:r035",
        "every Saturday at 9.30am",
    ): "'every Saturday at 9.30am' is split into a weekly set and an undated 09:30, not one set",
    ("288:r039", "4pm"): "'final ... on Saturday at 4pm' (tomorrow) is dated to the Saturday just past, 2015-10-24",
    (
        "288:r039",
        "Saturday",
    ): "'contest the final at Twickenham on Saturday' (tomorrow) is read as last Saturday, 10-24",
    (
        "288:r049",
        "every Saturday at 10.30pm",
    ): "'every Saturday at 10.30pm' is split into a weekly set and an undated 22:30, not one set",
    ("288:r059", "Saturday"): "'at noon on Saturday' after 'Thursday, April 25' is read as this week's Saturday, 04-20",
    ("288:r059", "noon"): "'at noon on Saturday' (after Thursday, April 25) is read as the coming Saturday, 2024-04-20",
    (
        "288:r084",
        "11:59 p.m. ET each Thursday",
    ): "'11:59 p.m. ET each Thursday' is split into an undated time and a SET 'each Thursday'",
    (
        "288:r088",
        "7.30pm local time",
    ): "tags only '7.30pm' and puts it on today, 2021-09-18; the match is tomorrow, 2021-09-19",
    ("288:r092", "Sunday"): "'the Super Bowl on Sunday' (ahead) is read as the Sunday just past, 2025-02-02",
    (
        "288:r097",
        "Boxing Day",
    ): "'between Boxing Day and its next fixture' (this season) is read as last year's, 2024-12-26",
    ("288:r097", "June 11"): "'World Cup, which starts in North America on June 11' (2026) is read as June 11, 2025",
    ("288:r105", "November 16"): "'between October 11 and November 16' next season is read as last year's, 2023-11-16",
    (
        "288:r105",
        "October 11",
    ): "'between October 11 and November 16' (next season) is read as the past one, 2023-10-11",
    (
        "288:r105",
        "late January",
    ): "'last two rounds held in late January' (next season) is read as January 2024, not 2025",
    ("289:r001", "Mon"): "'holiday hours: Mon-Thurs. 10-6' (regular opening days) is read as next Monday, 2023-12-04",
    ("289:r001", "Thurs."): "'Mon-Thurs. 10-6' (regular hours) is read as one date, 2023-12-07, not a weekly set",
    (
        "289:r002",
        "Sun evening",
    ): "'due to arrive Sun evening' (abbreviated day) is not tagged; it means 2024-09-08 evening",
    ("289:r002", "Wed"): "'communique expected by Wed.' (Sept 11, the last summit day) is read as today, 2024-09-04",
    ("289:r003", "Fri 9pm"): "'from Fri 9pm-Mon 5am' is split into 'Fri' and '9pm' and read as last Friday, 2022-07-08",
    ("289:r003", "Mon 5am"): "'closed ... from Fri 9pm-Mon 5am' (coming) is read as the past Monday, 2022-07-11",
    ("289:r004", "Sat@16"): "'Tickets for the Sat/Sun shows' (next weekend): 'Sat' before a slash is not tagged",
    ("289:r004", "Sat@74"): "'presale for Sat is basically gone' (the Sat show) is not tagged; it means 2025-02-08",
    ("289:r004", "Sun"): "'the Sat/Sun shows': 'Sun' after the slash is not tagged; it is 2025-02-09",
    ("289:r008", "Q2"): "'report Q2 numbers' (fiscal Q2 FY25) is read as calendar 2024-Q2, already past",
    ("289:r011", "0930"): "'ETA 0930 at Dublin Port' (a 24-hour clock time) is not tagged",
    ("289:r012", "wk 42"): "'notified in wk 42' (abbreviated week 42) is not tagged",
    ("289:r013", "10/11"): "'walkouts on 3/11 and 10/11' (UK day/month, 10 Nov) is not tagged",
    ("289:r013", "3/11"): "'walkouts on 3/11' (UK: 3 November) is read month-first as March 11, 2022-03-11",
    ("289:r013", "mid-Nov"): "'pencilled in for mid-Nov' (abbreviated November) is not tagged",
    ("289:r014", "Sat"): "'Early voting in the county ends Sat' is not tagged; it is the coming Saturday, 2020-10-31",
    ("289:r016", "Sunday"): "'hot dogs continue through Sunday' (after Wed, July 11) is read as the next Sunday, 07-08",
    ("289:r020", "Q3"): "'Deliveries for Q1-Q3': the range end 'Q3' is not tagged; it is 2023-Q3",
    ("289:r020", "Q4"): "'new orders will ship in Q4 at the earliest' (future) is read as the past 2022-Q4",
    ("289:r022", "Sat"): "'vaccine clinic at the rec centre Sat/Sun': 'Sat' before a slash is not tagged",
    ("289:r022", "Sun"): "'the rec centre Sat/Sun': 'Sun' after the slash is not tagged; it is 2021-08-29",
    ("289:r026", "4"): "'tug-of-war final at 4' (4 p.m. on Sun 9th, after 'from 1pm') is not tagged",
    ("289:r026", "6pm Thurs 6 June"): "'from 6pm Thurs 6 June': '6 June' is tagged alone and '6pm' is put on 06-09",
    ("289:r026", "8pm"): "'Fri - trad session in the square, 8pm' (Fri 7 June) is dated to the next Friday, 2024-05-31",
    ("289:r026", "Fri"): "'Highlights: Fri – trad session' (the festival Fri 7 June) is read as the next Friday, 05-31",
    ("289:r027", "Weds"): "'office reopens Weds.' (abbreviated Wednesday) is not tagged",
    ("289:r031", "5"): "'music 5-11pm' on Sat 25 Jan: the range start '5' (5 p.m.) is not tagged",
    ("289:r032", "6am"): "'open 6am-10pm on Black Friday' is put on today, Thanksgiving 11-25, not Friday 11-26",
    ("289:r032", "Sat"): "'regular hours Sat/Sun': 'Sat' before a slash is not tagged",
    ("289:r032", "Sun"): "'regular hours Sat/Sun': 'Sun.' is read as the past Sunday, 2021-11-21, not 11-28",
    ("289:r034", "Sat a.m."): "'tonight and Sat a.m.' (Saturday morning) is not tagged",
    ("289:r035", "8am PT"): "'Pre-orders open 9/9 at 8am PT' is put on today, 2022-09-01, not 9/9, 2022-09-09",
    ("289:r035", "9/23"): "'devices ship 9/23' (month/day, 2022-09-23) is not tagged",
    ("289:r035", "9/9"): "'Pre-orders open 9/9 at 8am PT': the short date '9/9' is not tagged",
    ("289:r037", "Sat 22"): "'on Sat 22 or Sun 23 March': 'Sat 22' (day name and day number) is not tagged",
    ("289:r039", "'24"): "'With '24 looming' (the year 2024) is not tagged",
    ("289:r046", "Fri"): "'Tue-Fri 6am-9pm' (this week's hours) is read as a weekly SET, not Friday 2025-10-17",
    ("289:r046", "Sat"): "'Sat 8-4' in a list of this week's gym hours is not tagged",
    ("289:r046", "Sun"): "'Sat 8-4, Sun closed' (this week) is not tagged; 'Sun' is 2025-10-19",
    ("289:r046", "Tue"): "'Gym hours this week: ... Tue-Fri' is read as a weekly set, not this Tuesday, 2025-10-14",
    (
        "289:r047",
        "0600 Wed 16 Nov",
    ): "'ETA 0600 Wed 16 Nov': only '16 Nov' is tagged as a date; the time 0600 is dropped",
    ("289:r047", "0700 Sat"): "'a 24-hour stoppage from 0700 Sat' tags only '0700', on the publication day, 2022-11-15",
    (
        "289:r047",
        "2200 Thu",
    ): "'ETD 2200 Thu.' tags only 'Thu.', read as the past Thursday, 2022-11-10; '2200' is missed",
    ("289:r047", "Fri"): "'now due Fri' (this week) is read as last Friday, 2022-11-11",
    ("289:r047", "wk 48"): "'rolled to the wk 48 sailing' (week 48) is not tagged",
    ("289:r050", "Q1"): "'beat estimates in Q1-Q3 last year' is read as 2026-Q1, ignoring 'last year' (2025)",
    ("289:r050", "Q3"): "'beat estimates in Q1-Q3 last year': 'Q3' in the range is not tagged",
    ("289:r051", "11"): "'2-4-1 cocktails til 11' (11 p.m. tonight) is not tagged",
    ("289:r051", "9"): "'halloween party ... 2nite from 9' (9 p.m.) is not tagged",
    ("289:r053", "mid-Oct"): "'Engineering samples are due mid-Oct' (abbreviated) is not tagged; it is 2019-10",
    ("289:r056", "21/6"): "'pencilled in for 21/6' (day/month, 21 June) is not tagged",
    ("289:r059", "8"): "'pancake breakfast 8-11 a.m.': the bare '8' of the range is not tagged",
    ("289:r060", "Q3"): "'Deliveries ... begin in Q3' (the coming one) is read as last year's, 2023-Q3",
    ("289:r061", "7.30"): "'Weds 4th ... 7.30 at mine' (an evening time): the bare '7.30' is not tagged",
    ("289:r061", "Weds 4th"): "'book club is Weds 4th this week' is not tagged; it means 2026-03-04",
    ("289:r063", "1.30pm"): "'close early, at 1.30pm, on Fri 20 Dec' is dated to a Monday in July, 2024-07-22",
    (
        "289:r063",
        "Tue 22 July",
    ): "'Summer term ... finishes Tue 22 July' (the 2024-25 year) is read as 22 July 2024, not 2025",
    ("289:r066", "1430"): "'landing 1430' (a 24-hour time on the 27th) is not tagged",
    ("289:r066", "the 27th"): "'rebooked on the 27th' (after Christmas) is read as last month, 2022-11-27",
    (
        "289:r067",
        "5pm AEST Fri 30 June",
    ): "'5pm AEST Fri 30 June' is split: '5pm AEST' on the publication day and '30 June' apart",
    ("289:r069", "CY21"): "'its CY21 revenue outlook' (calendar year 2021) is not tagged",
    ("289:r070", "Mon. a.m."): "'by Mon. a.m.' gets only 'Mon.' as last Monday, 2019-01-14; it is next Monday morning",
    ("289:r070", "Sat 7 p.m."): "'storm watch from Sat 7 p.m.' (tomorrow) is read as the past Saturday, 2019-01-12",
    ("289:r070", "Sun noon"): "'through Sun noon' (this Sunday) tags only 'noon', dated to a past Saturday, 2019-01-12",
    ("289:r072", "6am Mon"): "'from 9pm tonight until 6am Mon': only '6am' is tagged, and put on today, 08-22",
    ("289:r072", "Sat"): "'No trains between Euston and Milton Keynes Sat/Sun': 'Sat' before a slash is not tagged",
    ("289:r072", "Sun"): "'No trains ... Sat/Sun': 'Sun' after the slash is not tagged; it is 2025-08-24",
    ("289:r074", "Fri"): "'St Patrick's Day parade, Fri' (Friday 2017-03-17) is not tagged",
    ("289:r077", "11"): "'brunch at 11' (11 a.m. today) is not tagged",
    ("289:r077", "4.15"): "'the 4.15 showing of Deadpool' (4.15 p.m.) is not tagged",
    ("289:r077", "V-Day"): "'happy V-Day' (Valentine's Day, today) is not tagged",
    ("289:r080", "6"): "'hours are 6-8 p.m. on Thurs. Oct. 31': the bare '6' (6 p.m.) is not tagged",
    ("289:r082", "7am"): "'at 7am on Thurs 23 April' is dated to the publication day, 2026-04-07",
    ("289:r084", "3 min 52 sec"): "'lasts 3 min 52 sec': only '3 min' is tagged (PT3M); the seconds are dropped",
    ("289:r088", "1/12"): "'works due to start 1/12' (day/month, 1 December) is not tagged",
    ("289:r088", "wk 43"): "'will present in wk 43' (week 43) is not tagged",
    ("289:r092", "11.15"): "'NYE plans: taxi at 11.15' (11.15 p.m.) is read as morning, 11:15",
    ("289:r092", "NYD"): "'NYD is strictly for sleeping' (New Year's Day) is not tagged",
    ("289:r092", "NYE"): "'NYE plans' (New Year's Eve, today) is not tagged",
    ("289:r096", "Sat"): "'night skiing Thurs-Sat from mid-Dec' (weekly) is read as one date, Saturday 2025-10-25",
    ("289:r096", "Thurs"): "'night skiing Thurs-Sat from mid-Dec' (weekly) is read as one date, 2025-10-23",
    ("289:r097", "Thurs"): "'climb back to 30C by Thurs' (abbreviated Thursday) is not tagged",
    ("289:r098", "Sat"): "'weekend barista, Sat/Sun 7am-1pm' (recurring shifts) is not tagged; a weekly set",
    ("289:r098", "Sun"): "'weekend barista, Sat/Sun 7am-1pm' (every weekend) is read as the past Sunday, 09-15",
    ("289:r103", "11 a.m."): "'Sat: pancake breakfast ... 8-11 a.m.' is dated to the publication day, 2019-02-14",
    ("289:r103", "8"): "'pancake breakfast ... 8-11 a.m.' on Sat: the bare '8' (8 a.m.) is not tagged",
    ("289:r103", "Fri"): "'WHAT'S ON. Fri:' (tomorrow, a listing heading) is not tagged",
    ("289:r103", "Mon"): "'Mon (Family Day): free skating' is not tagged; it is 2019-02-18",
    ("289:r103", "Sat"): "'Sat: pancake breakfast' (a listing heading) is not tagged; it is 2019-02-16",
    (
        "289:r103",
        "Tuesdays at 1 p.m.",
    ): "'Tuesdays at 1 p.m.' is split into a SET 'Tuesdays' and an undated TIME 1 p.m.",
    ("289:r105", "Mon"): "'offices will be open Mon-Thu' (regular office days) is read as the date 2021-03-15",
    ("289:r105", "Thu"): "'open Mon-Thu 7:30-5:30' (weekly hours) is read as one date, 2021-03-18, not a weekly set",
    ("289:r106", "3"): "'50% off everything 3-5pm only': the bare '3' (3 p.m.) is not tagged",
    ("289:r108", "Tues."): "'Next week: ... GDP is due Tues.' is read as the Tuesday just past, 2015-11-17",
    ("290:r038", "quarterly"): "'a quarterly dividend' (paid every three months) is not tagged; the SET P3M is missed",
    ("290:r073", "4am"): "'conceded defeat shortly after 4am' is the morning after the vote, 07-05; tagger puts 07-04",
    (
        "290:r084",
        "last Monday",
    ): "'Trudeau invoked last Monday' is read as yesterday (Feb 21); beside 'Monday night' it is Feb 14",
    (
        "290:r095",
        "12.30pm",
    ): "'the leak ... shortly before 12.30pm' is put on publication day 11-27, not Budget day 11-26",
    (
        "291:r017",
        "about 9pm",
    ): "'a deal at about 9pm' on Wednesday night is put on the publication day, 11-10, not 11-09",
    (
        "291:r024",
        "30 minutes",
    ): "'extended by 30 minutes from Monday' is merged into one date, 2019-06-17; duration lost",
    (
        "291:r024",
        "Monday",
    ): "'extended by 30 minutes from Monday' is read as the Monday just past 06-17, not the next 06-24",
    ("291:r042", "Friday"): "'before Friday's close' (the coming Friday) is read as the Friday just past, 2022-04-22",
    (
        "291:r067",
        "Monday",
    ): "'What's open and closed on Monday' (anniversary day) is read as past Monday 01-21, not 01-28",
    (
        "291:r084",
        "the third quarter",
    ): "'could be announced in the third quarter' (future) is read as last year's 2024-Q3, not 2025-Q3",
    ("291:r085", "14:32"): "'Budget live: 14:32' (a live-blog timestamp) is not tagged as a time",
    ("291:r085", "14:40"): "the live-blog timestamp '14:40 — Gilts rally' is not tagged",
    ("291:r095", "autumn"): "'after a flat autumn' (the autumn just ending, 2025-FA) is not tagged",
    (
        "291:r102",
        "Sunday night",
    ): "'Paris Games close Sunday night' (just past, 08-11) is read as the coming Sunday, 08-18",
    (
        "291:r104",
        "the weekend",
    ): "'lows near zero by the weekend' (a forecast) is read as the weekend just past, W05, not W06",
    ("291:r108", "March"): "'if March inflation data disappoints' (March 2026) is not tagged",
    (
        "292:r007",
        "winter",
    ): "'findings are due before winter' (the coming austral winter) is read as last winter, 2019-WI",
    ("292:r008", "Tuesday"): "'Tuesday's Independence Day speech' is put on July 4 (US), not India's Aug. 15",
    ("292:r008", "next year"): "'that next year's general election' is tagged with 'that' and valued 2025, not 2024",
    ("292:r052", "September 7"): "'on course for a September 7 landing' (upcoming) is read as last year's 2018-09-07",
    (
        "292:r062",
        "3:21 p.m.",
    ): "'the eclipse ended at 3:21 p.m.' is anchored to 'Sunday night', 04-07, not Monday 04-08",
    ("292:r082", "decades"): "'upended decades of polling assumptions' (a vague duration, PXDE) is not tagged",
    ("292:r090", "July"): "'expects July's total' is anchored to the earlier '2020' (2020-07), not the current 2025-07",
    ("292:r090", "June"): "'June rainfall was 9% above' is anchored to the prior 'June 26' of 2020, not June 2025",
    ("292:r090", "a week"): "'could start a week later' (after Sept. 17) is tagged as a date 2020-07-03, not P1W",
    ("292:r094", "quarterly@31"): "'the company's quarterly dividend' is not tagged as a quarterly set P3M",
    (
        "292:r102",
        "June 24",
    ): "'the sixth budget was set on June 24' (past) is read as the coming 2022-06-24, not 2021-06-24",
    (
        "293:r030",
        "the week",
    ): "'fell in the week to Wednesday' is tagged as calendar week 2022-W10, not a one-week span P1W",
    (
        "293:r056",
        "Monday evening",
    ): "'stay at home from Monday evening' is read as next Monday 03-30, not the evening just past",
    (
        "293:r056",
        "three weeks",
    ): "'will be reviewed in three weeks' is tagged as the week 2020-W16, not P3W or 2020-04-14",
    ("293:r064", "10am"): "'run every 10 minutes from 10am' on parade day (Friday 03-17) gets no date, XXXX-XX-XX",
    (
        "293:r064",
        "midnight",
    ): "'until midnight on the day of the parade' is left unanchored (XXXX-XX-XX), not Friday 03-17",
    (
        "293:r101",
        "mid-afternoon",
    ): "'ahead ... by mid-afternoon' of counting day, 05-23, is anchored to 'May 19' (last poll)",
    (
        "293:r103",
        "4.30am",
    ): "'Sunak ... conceded at 4.30am' is anchored to Thursday's election day 07-04, not Friday 07-05",
    ("293:r103", "the autumn"): "'promised a budget in the autumn' (the coming one) is read as last autumn, 2023-FA",
    (
        "294:r025",
        "the same quarter a year earlier",
    ): "'the same quarter a year earlier' is keyed to 'the fourth quarter': 2022-Q4, not 2023-Q1",
    (
        "294:r076",
        "a month earlier",
    ): "'a month earlier' is anchored to 'December 2021' (2021-11), not last month's figure 2022-11",
    (
        "294:r090",
        "a month earlier",
    ): "'from 4.55% a month earlier' is June 2023; tagger keys it to 'July last year', 2022-06",
    (
        "294:r090",
        "the start of June",
    ): "'since the start of June' is anchored to 'July last year' (2022-06), not this June 2023-06",
    (
        "294:r105",
        "a year earlier",
    ): "'lower than a year earlier' is vs. February 2023; tagger anchors to 'January', 2023-01",
    (
        "295:r017",
        "the Monday after the holiday",
    ): "'the Monday after the holiday' (after Thanksgiving, Dec. 1): only 'Monday', read as Oct. 13",
    ("295:r026", "September"): "'odds of a September move' (the coming Sept. 18 meeting) is read as last year, 2023-09",
    ("295:r032", "6pm"): "'on Friday, November 1, ... from 6pm' is given 2024-10-31, a day before the stated date",
    ("295:r032", "7pm"): "'from 6pm to 7pm' on 'Friday, November 1' is placed on 2024-10-31, a day early",
    (
        "295:r065",
        "Blue Monday",
    ): "'Blue Monday falls on January 17': only 'Monday' is tagged, as the reference day 2022-01-10",
    (
        "295:r075",
        "the next day",
    ): "'the next day' after Black Friday (Nov. 25) is read as 2022-11-27, not Saturday Nov. 26",
    (
        "295:r086",
        "the final weekend",
    ): "'the final weekend before' the Oct. 19 vote is 10-17/18 (W42); tagger takes this weekend W41",
    (
        "295:r087",
        "next Tuesday",
    ): "'strike on Thursday and again next Tuesday' is read as tomorrow 12-13, not the week after 12-20",
    ("295:r107", "2pm"): "'shift the afternoon namaz to 2pm' on Holi Friday is given 2025-03-01, not Friday 03-14",
    ("296:r032", "May"): "'speculation about a May poll' is not tagged; the month is May 2020",
    (
        "296:r033",
        "Wednesday",
    ): "'evacuations ordered Wednesday' (past, 09-06) is read as the coming Wednesday, 2017-09-13",
    (
        "296:r057",
        "midnight",
    ): "'effective from midnight' after Tuesday's address is the night of 11-08; tagger ends 11-09",
    (
        "296:r076",
        "early Wednesday",
    ): "'a full run-through early Wednesday' (past, 05-03) is read as the coming Wednesday, 05-10",
    (
        "296:r082",
        "Sunday",
    ): "'five days after Sunday's Liberal leadership vote' is read as coming Sunday 03-16, not 03-09",
    ("296:r084", "Friday"): "'Friday pickups moved to Saturday' (this week, 11-25) is read as the past Friday, 11-18",
    (
        "296:r084",
        "Thursday",
    ): "'suspended Thursday for the holiday' (Thanksgiving, 11-24) is read as last Thursday, 11-17",
    (
        "296:r085",
        "Saturday",
    ): "'special Saturday sitting ... tomorrow' is read as the past Saturday 10-12, not tomorrow 10-19",
    (
        "296:r086",
        "the long weekend",
    ): "'works over the long weekend' (Easter, coming) is read as the weekend just past, 2016-W11-WE",
    (
        "297:r003",
        "Feb. 2",
    ): "'180 days after the company's Feb. 2 debut' (past) is read as the coming Feb. 2, 2017-02-02",
    (
        "297:r013",
        "Thursday",
    ): "'go ex-dividend on Thursday' (coming, 12-03) is read as the Thursday just past, 2015-11-26",
    ("297:r042", "late July"): "'normally released in late July' (this year's, 2020-07) is read as last year, 2019-07",
    (
        "297:r043",
        "a day earlier",
    ): "'a day earlier, on Tuesday' is counted back from Friday (09-30), not from Wednesday (09-28)",
    (
        "297:r046",
        "June 30",
    ): "'guidance for the year to June 30' is read as last year's 2023-06-30, not the coming 2024-06-30",
    ("297:r046", "March 28"): "'a payment date of March 28' (coming, 2024) is read as the past March 28, 2023",
    (
        "297:r057",
        "a year earlier",
    ): "'profits to fall about 7% from a year earlier' is valued as week 2022-W29, not 2022-Q2 or 2022",
    (
        "297:r075",
        "10 a.m.",
    ): "'The meeting begins at 10 a.m.' is put on the publication day 05-01, not the meeting day 05-03",
    (
        "297:r075",
        "noon",
    ): "'votes ... expected by noon' on the meeting day, 05-03, is put on the publication day, 05-01",
    (
        "297:r081",
        "September",
    ): "'profit in the six months to September' (coming, 2020-09) is read as last year, 2019-09",
    ("298:r017", "06:12"): "'Commuters on the 06:12 from Brighton' (a train named by its time) is not tagged",
    ("298:r035", "1 p.m."): "'The fire broke out at 1 p.m.' (on Sunday, 12-17) is put on the publication day, 12-18",
    ("298:r037", "17:32"): "'the 17:32 Southeastern service' (naming the train, on Tuesday 10-10) is not tagged",
    (
        "298:r039",
        "the next week",
    ): "'for the next week' is tagged as calendar week 2025-W01, not a one-week duration P1W",
    (
        "298:r085",
        "Saturday",
    ): "'cancelled 42 local trains on Saturday' (coming, 02-11) is read as the past Saturday, 02-04",
    ("298:r085", "Sunday"): "'cancelled ... on Saturday and Sunday' (coming, 02-12) is read as the past Sunday, 02-05",
    (
        "299:r009",
        "the year of our Lord 1066",
    ): "'the year of our Lord 1066': only 'the year' is tagged, as the current year 2023",
    (
        "299:r020",
        "a twelvemonth",
    ): "the archaic 'given a twelvemonth' (a one-year sentence) is not tagged as a duration",
    ("299:r025", "the coming twelvemonth"): "'the coming twelvemonth' (a year, P1Y) is not tagged",
    (
        "299:r031",
        "the better part of a twelvemonth",
    ): "'the better part of a twelvemonth' (nearly a year) is not tagged as a duration",
    (
        "299:r032",
        "the twenty-fifth of March",
    ): "'Until seventeen fifty-two ... the twenty-fifth of March' (generic) is given 2023-03-25",
    (
        "299:r038",
        "Thursday evenings",
    ): "'stay open late on Thursday evenings' (every Thursday) is tagged as one date, 2020-10-01",
    (
        "299:r044",
        "a quarter past one at night",
    ): "'a quarter past one at night' (01:15 after midnight) is read as 13:15 on Sunday 2026-03-08",
    (
        "299:r050",
        "a quarter past three that morning",
    ): "'a quarter past three that morning' (today, 09-23) is split and anchored to 'Friday', 09-20",
    (
        "299:r053",
        "oh-six-hundred hours Tuesday",
    ): "'oh-six-hundred hours Tuesday': only 'Tuesday' is tagged, as past 10-23, not 2018-10-30T06:00",
    (
        "299:r055",
        "the past twelvemonth",
    ): "'in the past twelvemonth': only 'the past' is tagged (PAST_REF); the year P1Y is missed",
    (
        "299:r057",
        "eleven in the forenoon",
    ): "'at eleven in the forenoon' (11:00 on the first of February) is not tagged",
    ("299:r058", "a score of years"): "'staged the show for a score of years' (twenty years) is not tagged; means P20Y",
    ("299:r059", "three score years and ten"): "'reached its three score years and ten' (70 years, P70Y) is not tagged",
    ("299:r063", "January"): "'winter of nineteen forty-seven ... from January' is put in 1948, not January 1947",
    (
        "299:r063",
        "March",
    ): "'winter of nineteen forty-seven ... from January until March' is given 1948-03, not 1947-03",
    (
        "299:r066",
        "a fortnight hence",
    ): "'a fortnight hence, on the twenty-second of May' is tagged as the week 2026-W21, not the day",
    (
        "299:r066",
        "five o'clock that afternoon",
    ): "'five o'clock that afternoon' is split: 05:00 on the publication day, not 17:00 on 05-22",
    (
        "299:r067",
        "nine o'clock",
    ): "'stepped off at nine o'clock' (today's march) is anchored to an earlier date, 2014-12-20",
    (
        "299:r067",
        "the twentieth of December that year",
    ): "split into 'the twentieth of December' 2014-12-20 and 'that year' 2014; Gallipoli is 1915-12-20",
    ("299:r070", "eight o'clock"): "'eight o'clock on the seventh of April' for the match is read as 08:00, not 20:00",
    (
        "299:r080",
        "Thanksgiving",
    ): "'until Thanksgiving' at a Canadian gallery is read as US Thanksgiving 11-25, not Oct. 11",
    ("299:r090", "Saturday the fourteenth"): "'Saturday the fourteenth' ('that December', 1918) is read as 2017-10-14",
    (
        "299:r090",
        "that December",
    ): "'held that December' is anchored to 'nineteen twenty-eight' (1928-12), not the 1918 election",
    ("299:r091", "Boxing Day"): "'used to run from Boxing Day' (a past habit) is read as the specific day 2018-12-26",
    (
        "299:r091",
        "Twelfth Night",
    ): "'from Boxing Day until Twelfth Night' is not tagged; the annotator expects XXXX-01-05",
    ("299:r098", "fourscore years"): "'turns fourscore years next month' (80 years, P80Y) is not tagged",
    (
        "299:r100",
        "a quarter past five",
    ): "'a sunrise ceremony at a quarter past five' (today) is anchored to 1867, not 2017-07-01",
    (
        "299:r101",
        "the following morning",
    ): "'The Duke's dispatch, written the following morning' is put in 2015, not Waterloo's 1815-06-19",
    (
        "299:r103",
        "midnight",
    ): "'at the stroke of midnight' (start of 2020) is tagged 2020-01-01T24:00, end of New Year's Day",
    (
        "299:r104",
        "seven in the morning",
    ): "'Parking ... restricted from seven in the morning' is put on publication day 05-27, not 05-30",
    (
        "299:r104",
        "the winter of sixty-three",
    ): "'dates from the winter of sixty-three' (1863, Civil War era) is not tagged",
    (
        "299:r104",
        "three in the afternoon",
    ): "'until three in the afternoon' (the ceremony day, 05-30) is put on the publication day, 05-27",
    (
        "300:r002",
        "midnight",
    ): "'midnight in London' (9 a.m. Thursday Tokyo) is given 01-17T24:00, end of Thursday, not start",
    (
        "300:r005",
        "this evening",
    ): "'18:04 IST this evening' is tagged whole as 18:04; the annotator tags 'this evening' as TEV",
    (
        "300:r007",
        "midnight AEDT",
    ): "'begin at midnight AEDT' on New Year's Eve is read as the start of 12-31, not of 01-01",
    ("300:r039", "4.30am"): "'Sunday's World Cup final ... 4.30am in London' is put on Monday 03-30, not Sunday 03-29",
    ("300:r039", "9am"): "'Sunday's World Cup final ... 9am in Mumbai' is given Monday 2015-03-30, not Sunday 03-29",
    ("300:r041", "mid-afternoon"): "'In Sydney, where it was mid-afternoon' (TAF on the day) is not tagged",
    (
        "300:r057",
        "midnight Moscow time",
    ): "'took effect at midnight Moscow time' (start of 11-10) is put at the start of 11-09",
    (
        "300:r060",
        "10pm local time",
    ): "tags only '10pm' of 'Saturday night's ... 10pm local time', dated Sunday 11-19, not 11-18",
    ("300:r074", "midnight"): "'done well before midnight' (tonight, 09-12) is put on 2023-09-22, ten days later",
    (
        "300:r076",
        "that afternoon",
    ): "'meet President Marcos Jr. that afternoon' (Monday 03-16) is anchored to 'Sunday', 03-15",
    (
        "300:r079",
        "lunchtime today",
    ): "'around lunchtime today': the annotator writes TMD; the tagger writes TMI (standard midday)",
    ("300:r096", "7:44 a.m."): "'at 7:44 a.m. (2244 GMT Wednesday)' (Thursday local, 04-13) is put on Wednesday 04-12",
    (
        "300:r097",
        "midnight local time Monday",
    ): "'before midnight local time Monday' (tax day 04-15) is split and read as past Monday 04-08",
    (
        "300:r103",
        "midnight",
    ): "'clocks on Kiritimati struck midnight' (New Year) is given 2023-12-30T24:00, not 2024-01-01",
    (
        "300:r103",
        "midnight local time",
    ): "'Sydney's show began at midnight local time' (start of 2024) is read as 2023-12-31T00:00",
    (
        "301:r008",
        "the foreseeable future",
    ): "'tight supply to persist for the foreseeable future' is not tagged as FUTURE_REF",
    ("301:r015", "years past"): "'In years past' (PAST_REF): only 'years' is tagged, as a duration PXY",
    (
        "301:r019",
        "the foreseeable future",
    ): "'schools could stay closed for the foreseeable future' is not tagged; means FUTURE_REF",
    ("301:r028", "the foreseeable future"): "'could continue for the foreseeable future' (FUTURE_REF) is not tagged",
    ("301:r035", "annual"): "'its annual investor day' is not tagged as a yearly set P1Y",
    ("301:r046", "years ago"): "'was supposed to be retired years ago' is not tagged; means PAST_REF",
    (
        "301:r049",
        "the foreseeable future",
    ): "the quoted 'for the foreseeable future' (no money to repair) is not tagged as FUTURE_REF",
    ("301:r050", "July"): "'its outlook for May to July' is read with July as the past 2025-07, not the coming 2026-07",
    ("301:r056", "Friday"): "'for tonight and Friday' (coming, 01-06) is read as the Friday just past, 2016-12-30",
    ("301:r059", "March"): "'their weakest March trading in years' (this March, 2018-03) is not tagged",
    ("301:r072", "all week"): "'finish earlier than usual all week' (this week, 2022-W25) is not tagged",
    ("301:r081", "annual"): "'the party holds its annual conference' is not tagged as a yearly set P1Y",
    ("301:r084", "quarterly"): "'a quarterly print edition of T3' is not tagged; means a set P3M",
    (
        "301:r086",
        "the foreseeable future",
    ): "'will remain severe for the foreseeable future' (FUTURE_REF) is not tagged",
    (
        "301:r093",
        "the foreseeable future",
    ): "'a return to normal for the foreseeable future' is not tagged; means FUTURE_REF",
    ("301:r101", "years past"): "'In years past' (PAST_REF): only 'years' is tagged, as a duration PXY",
    (
        "301:r103",
        "the foreseeable future",
    ): "'shortages could persist for the foreseeable future' is not tagged as FUTURE_REF",
    ("301:r106", "annual"): "'the WHO's annual decision-making meeting' is not tagged; means a set P1Y",
    (
        "302:r046",
        "December",
    ): "'would have eased by December' is the coming December, 2022-12; tagger reads the past 2021-12",
    ("302:r046", "May"): "'would be in place by May. It was not.': a past deadline read as the coming May, 2023-05",
    (
        "302:r052",
        "11pm",
    ): "'stayed until well after 11pm' at last night's gig is put on the publication day, 2019-03-09",
    ("302:r052", "8pm"): "'opened at 8pm' at the show moved to last night is tagged as tonight, 2019-03-09, not 03-08",
    (
        "302:r085",
        "midnight",
    ): "'ceased to be legal tender at midnight' (just past) is read as tonight, 2016-11-09T24:00",
    (
        "302:r104",
        "midnight",
    ): "'lockdown for 21 days starting at midnight' is tonight; tagger anchors to Sunday, 2020-03-22",
    ("303:r017", "late September"): "'normally played in late September' (habitual) is read as last year's, 2019-09",
    ("303:r020", "July"): "counterfactual 'had the outage dragged into July' is this year's July; tagger says 2020-07",
    ("303:r027", "Saturday"): "counterfactual 'would have played ... on Saturday' is read as the past 03-04, not 03-11",
    (
        "303:r043",
        "Friday morning",
    ): "'from Sunday to Thursday ... until Friday morning' is Sep. 12, after the strike; tagger: Sep. 5",
    (
        "303:r076",
        "7 p.m.",
    ): "'A tribute concert will begin at 7 p.m.' is tied to 'by Friday' (01-16); the tribute is Sunday",
    ("303:r098", "4 p.m."): "'between 4 p.m. and 9 p.m. Sunday' is read as the Sunday just past, 07-07, not 07-14",
    (
        "303:r098",
        "9 p.m. Sunday",
    ): "'between 4 p.m. and 9 p.m. Sunday' (a warning) is read as the Sunday just past, 2024-07-07",
    ("304:r017", "spring"): "'in spring and summer 2015': the year is not shared, so 'spring' is read as 2017-SP",
    (
        "304:r032",
        "December",
    ): "'reopen in December' is the coming December, 2026-12; tagger reads the past one, 2025-12",
    ("304:r037", "Saturday"): "'moved from Saturday to Sunday, April 23': read as the past Saturday 04-15, not 04-22",
    (
        "304:r038",
        "Friday",
    ): "'had to be reached by Thursday or Friday' is this week's (June 12); tagger reads last Friday",
    (
        "304:r038",
        "Thursday",
    ): "'had to be reached by Thursday or Friday' (a deadline) is read as the past Thursday, 2015-06-04",
    ("304:r051", "5am"): "'a curfew from 9pm to 5am' (a nightly curfew) is pinned to one date, 2021-09-11T05:00",
    ("304:r051", "9pm"): "'a curfew from 9pm to 5am' (nightly) is anchored to 'September 10', 2021-09-10T21:00",
    ("304:r069", "18"): "'on May 17 and 18': the bare '18' (2018-05-18) after 'and' is not tagged",
    ("304:r075", "24th"): "'bookings for the 23rd and 24th' (of December): the bare ordinal '24th' is not tagged",
    ("304:r075", "the 23rd"): "'bookings for the 23rd and 24th' (of December, before Christmas) is not tagged",
    (
        "304:r076",
        "Thanksgiving Monday",
    ): "Canadian 'Thanksgiving Monday' (10-10) is split: US Thanksgiving 11-24 and Monday 04-18",
    ("304:r095", "9 p.m."): "'events ending after 9 p.m.' (any day) is anchored to 'July 23', 2021-07-23T21:00",
    (
        "304:r097",
        "Tuesday",
    ): "'after emergency calls on Tuesday' (the day before) is read as the coming Tuesday, 2022-03-01",
    (
        "304:r106",
        "Dussehra",
    ): "'until midnight on Dussehra and Diwali': the festival 'Dussehra' (2023-10-24) is not tagged",
    ("305:r009", "May"): "'it is now May' (the current month, 2023-05) is not tagged",
    (
        "305:r011",
        "Thursday evening",
    ): "'I am writing this on Thursday evening' is read as the coming Thursday 04-30, not 04-23",
    ("305:r016", "3 a.m."): "'election night ... by 3 a.m.' is put on the publication day 2016-11-10, not Nov. 9",
    ("305:r024", "Friday"): "'worked away from Monday to Friday' (habitual, 1980s) is read as the past Friday, 04-29",
    ("305:r024", "Monday"): "'worked away from Monday to Friday' is a generic weekday; tagger reads it as 2016-04-25",
    (
        "305:r025",
        "last Christmas",
    ): "'not seen our son ... since last Christmas', written Dec. 27, is 2019; tagger says 2020-12-25",
    ("305:r025", "spring"): "'the earliest we can hope to is spring' (spring 2021) is not tagged",
    (
        "305:r025",
        "the summer",
    ): "'In March I was sure we would be travelling again by the summer': read as next summer, 2021-SU",
    ("305:r036", "May"): "'One evening in May' after 'the spring of 1994' is read as May of this year, 2019-05",
    (
        "305:r050",
        "That first St Patrick's Day",
    ): "'That first St Patrick's Day' abroad (1988) is cut to 'St Patrick's Day' and read as today",
    (
        "305:r050",
        "midnight",
    ): "'That first St Patrick's Day ... at midnight' (35 years ago, 1988) is read as 2022-03-16T24:00",
    (
        "305:r051",
        "6 a.m. every Saturday",
    ): "'at 6 a.m. every Saturday' is split into a time and a SET, not one SET XXXX-WXX-6T06:00",
    ("305:r054", "7"): "'On Wednesday morning she was at the bank by 7' (07:00, Nov. 9) is not tagged",
    ("305:r059", "10"): "'I will be asleep by 10' (10 p.m. tonight) is not tagged",
    (
        "305:r060",
        "the day after Christmas",
    ): "'Every summer of my childhood ... from the day after Christmas' is read as 2024-12-26",
    (
        "305:r066",
        "the Fourth of July",
    ): "'never once ... set off a firework on the Fourth of July' is generic; tagger gives 2024-07-04",
    ("305:r067", "Easter"): "'back in the office by Easter', written a year ago (Easter 2020), is read as 2021-04-04",
    ("305:r075", "that day"): "'that day' is the Coronation day (2 June 1953); tagger gives only the month, 1953-06-XX",
    (
        "305:r078",
        "A hundred years later",
    ): "'A hundred years later to the day' is counted from 'the Friday' (04-28), not Easter Monday",
    (
        "305:r095",
        "every morning at 5.30",
    ): "'every morning at 5.30' is split into a SET 'every morning' (TMO) and a bare time '5.30'",
    ("305:r100", "June@100"): "'she insists it was June' (the 1983 World Cup) is read as June of this year, 2023-06",
    (
        "306:r005",
        "the second quarter",
    ): "'would not ship ... before the second quarter' (of 2017) is read as last year's, 2016-Q2",
    ("306:r024", "Monday"): "'prior to Monday's bargaining session' is the coming Monday, Nov. 3; tagger reads Oct. 27",
    (
        "306:r045",
        "the third quarter of that year",
    ): "'the third quarter of that year' (2023) is split: 'the third quarter' 2022-Q3, 'that year' 2022",
    ("306:r060", "midnight"): "'before midnight' (tonight, 01-19T24:00) is tied to '12:01 a.m. Saturday', 01-20T24:00",
    ("306:r068", "Nov. 3"): "'since the Nov. 3 election' (2020) is read as the coming Nov. 3, 2021-11-03",
    ("306:r075", "September"): "'a September hike was possible' is read as last September, 2022-09, not the coming one",
    (
        "306:r090",
        "that same day",
    ): "'the Queen's Speech that same day' is 14 October; tagger anchors to 'next week', 2019-09-09",
    (
        "307:r008",
        "the evening before",
    ): "'the evening before he died' (eleven days after 14 March: March 24) is not tagged",
    (
        "307:r011",
        "the day before",
    ): "'set the day before' (Sunday, the day before Monday's record, 2022-07-17) is not tagged",
    (
        "307:r035",
        "Tuesday",
    ): "'walked the red carpet ... on Tuesday' is past (June 25); tagger reads next Tuesday, July 2",
    (
        "307:r035",
        "the night before",
    ): "'on Tuesday' is taken as the coming one, so 'the night before' is 07-01, not 06-24",
    (
        "307:r036",
        "the following Wednesday",
    ): "'the following Wednesday' after 8 September is Sep. 14; tagger gives Sep. 7, before it",
    (
        "307:r042",
        "Thursday",
    ): "warned 'on Tuesday last week' of 'as early as Thursday': read as the coming 03-13, not 03-06",
    (
        "307:r042",
        "that day",
    ): "'closed that day' (last week's Thursday, Mar. 6) is read as the coming Thursday, 2025-03-13",
    (
        "307:r048",
        "that evening",
    ): "'Trump left Singapore that evening' (Tuesday 06-12) is tied to 'The previous night', 06-11",
    (
        "307:r052",
        "noon that day",
    ): "'noon that day' is anchored to 'on 24 May', 2019-05-24, not to Wednesday, 2019-07-24",
    (
        "307:r056",
        "the following spring",
    ): "after 'the previous autumn' (2017), 'the following spring' is 2018; the tagger gives 2019-SP",
    (
        "307:r056",
        "two days later",
    ): "'died two days later' is counted from 'the day before' (03-05), not 6 March: 03-07",
    (
        "307:r058",
        "the week prior",
    ): "'the week prior to the grounding' (W11) is cut to 'the week' and read as the current W13",
    (
        "307:r060",
        "earlier that evening",
    ): "'conceded earlier that evening' (Saturday 05-21) is tied to 'Monday morning', 05-23",
    ("307:r069", "The same day"): "'The same day' as Thursday (May 30) is anchored to 'June 1' instead, 2024-06-01",
    (
        "307:r072",
        "three weeks earlier",
    ): "'three weeks earlier' than Boxing Day is Dec. 5; tagger counts from the next morning, Dec. 6",
    (
        "307:r080",
        "the next day",
    ): "'the next day' after 'the previous Saturday' is counted from 'Wednesday': 03-02, not 02-26",
    (
        "307:r089",
        "the night before",
    ): "'On Diwali the night before' Tuesday (Oct. 21) is read as 2025-10-19TNI, not Oct. 20",
    ("307:r090", "the day after"): "'the day after the company warned' (Thursday, 2018-07-26) is not tagged",
    (
        "307:r095",
        "that Friday",
    ): "'police began moving in that Friday' after Feb. 14 is read as the Friday before, 02-11",
    (
        "307:r101",
        "4pm Wednesday",
    ): "'stay indoors from 4pm Wednesday' (last week's) is read as the coming Wednesday, 2018-03-07",
    (
        "307:r101",
        "that night",
    ): "'by that night' after 'the following afternoon' (Thursday 03-01) is tied to Wednesday, 02-28",
    (
        "307:r101",
        "the day before",
    ): "'sold out of bread the day before' (Thursday's landfall) is read as 2018-02-27, not Feb. 28",
    (
        "307:r101",
        "the following afternoon",
    ): "'the following afternoon' after '4pm Wednesday' is March 1; tagger gives Wednesday, Feb. 28",
    (
        "307:r105",
        "the previous week",
    ): "'the previous week' before Truss resigned is W41; tagger takes the week before today, W42",
    (
        "308:r017",
        "January",
    ): "'sales for the full 12 months to January' (this fiscal year) is read as 2026-01, not 2025-01",
    ("308:r030", "a day"): "'more than a marathon a day' is a rate (SET P1D); tagger tags it as a DURATION P1D",
    ("308:r060", "Aug. 9"): "'added a second show ... on Aug. 9' (upcoming) is read as the past Aug. 9, 2024-08-09",
    ("308:r072", "Sunday"): "'before Sunday's 100m breaststroke final' (past) is read as the coming Sunday, 2024-08-04",
    ("308:r072", "two hundredths of a second"): "'missed gold by two hundredths of a second' (PT0.02S) is not tagged",
    (
        "308:r077",
        "7 p.m. Friday",
    ): "'face Providence ... at 7 p.m. Friday' is read as the past Friday 03-08, not the coming 03-15",
    ("308:r080", "three weeks"): "'will be reviewed in three weeks' is tagged as a date 2020-W16, not the duration P3W",
    ("308:r086", "Monday"): "'following Monday's collapse' (past) is read as the coming Monday, 2018-01-22",
    ("308:r091", "an hour"): "'stay open an hour later' is tagged as a DATE (today), not the duration 'an hour', PT1H",
    (
        "308:r093",
        "September",
    ): "'sent the capsule home empty in September' (2024) is read as the coming September, 2025-09",
    (
        "308:r102",
        "Sunday night",
    ): "'starting Sunday night' (this coming Sunday, Jan. 25) is read a week later, 2026-02-01TNI",
    ("309:r021", "March"): "'restoring daily service in March' after winter is 2023-03; tagger reads the past 2022-03",
    ("309:r034", "semiannual"): "'The semiannual software update' (every six months) is not tagged",
    (
        "309:r039",
        "Sundays at 9:30 a.m.",
    ): "'Sundays at 9:30 a.m.' is split into a SET 'Sundays' and an undated time '9:30 a.m.'",
    (
        "309:r050",
        "Thursdays at 9 a.m.",
    ): "'Tuesdays and Thursdays at 9 a.m.' is split into a SET and a time, not one SET with T09:00",
    ("309:r059", "quarterly"): "'a quarterly dividend' (SET P3M) is not tagged",
    ("309:r067", "quadrennial"): "'a quadrennial ritual' (every four years, P4Y) is not tagged",
    (
        "309:r077",
        "Wednesdays at 8pm",
    ): "'on Wednesdays at 8pm' is split into a SET 'Wednesdays' and an undated time '8pm'",
    (
        "309:r087",
        "every two and a half minutes",
    ): "same interval: the annotator writes PT2.5M; the tagger writes PT2M30S",
    (
        "309:r092",
        "October",
    ): "'cutting back ... in October' after 'next May' is read as this October, 2022-10, not 2023-10",
    ("310:r025", "12:01 a.m. Sunday"): "'at 12:01 a.m. Sunday' is read as the past Sunday 09-24, not the coming 10-01",
    (
        "310:r066",
        "Oct. 15",
    ): "'an automatic extension to Oct. 15' is this coming October, 2025; tagger reads 2024-10-15",
    (
        "311:r034",
        "August",
    ): "'a ban ministers first proposed in August' (past, 2018) is read as the coming August, 2019-08",
    (
        "311:r053",
        "the third quarter",
    ): "'Results ... are due in the third quarter' is 2019-Q3; tagger reads last year's, 2018-Q3",
    (
        "311:r058",
        "the week before Christmas",
    ): "'the week before Christmas' is split: 'the week' 2026-W03 and 'Christmas' 2025-12-25",
    (
        "311:r067",
        "the end of the month",
    ): "'would decide by the end of the month' is anchored to 'February', 2025-02, not 2024-08",
    ("311:r073", "hours"): "'rolled out of the lander hours after touchdown' (PTXH) is not tagged",
    ("312:r006", "Aug. 31"): "'the closing night on Aug. 31' (upcoming) is read as the past Aug. 31, 2018-08-31",
    (
        "312:r017",
        "the decade",
    ): "'did not survive the decade' (after 1914, the 1910s) is read as the current decade, 201",
    (
        "312:r026",
        "this decade",
    ): "'before this decade is out', quoted from Kennedy in 1961, is the 1960s; tagger says 201",
    ("312:r042", "Tuesday"): "'exhibit opening Tuesday' is tomorrow, Feb. 23; tagger reads last Tuesday, Feb. 16",
    ("312:r058", "May 31"): "'beginning late on May 31' of the 1921 massacre is read as 2021-05-31",
    (
        "312:r061",
        "that summer",
    ): "'rarely spoke about that summer' (1944) is anchored to 'died in 2019', giving 2019-SU",
    ("312:r070", "March 17"): "'marked on March 17 since the early 17th century' (yearly) is read as today, 2026-03-17",
    ("312:r083", "January"): "'Few years ... matched 1536 ... In January' is January 1536; tagger reads 2024-01",
    ("312:r083", "May"): "'in May, Anne Boleyn was beheaded' (1536) is read as the coming May, 2024-05",
    ("312:r083", "That summer"): "'That summer' in the story of 1536 is read as the current summer, 2024-SU",
    (
        "312:r083",
        "early the following year",
    ): "'early the following year' (1537, after 1536) is read as next year, 2025",
    (
        "312:r083",
        "the autumn",
    ): "'by the autumn the north was in revolt' is autumn 1536; tagger reads this year's, 2024-FA",
    ("312:r094", "The Roaring Twenties"): "'The Roaring Twenties' (the decade name for the 1920s, 192) is not tagged",
    ("312:r094", "the decade"): "'the decade that followed' the 1920s (the 1930s) is read as the current decade, 202",
    ("312:r104", "August"): "'two false starts from Southampton in August' (1620) is read as this year's, 2020-08",
    (
        "312:r104",
        "that first winter",
    ): "'died during that first winter' after the Nov. 1620 landing (1620-WI) is not tagged",
    (
        "313:r008",
        "10 a.m. Saturday",
    ): "'gates opening at 10 a.m. Saturday' (Sept. 14) is read as the next Saturday, 2024-08-24",
    (
        "313:r052",
        "Saturday",
    ): "'On Saturday ... will stage a reading' is tomorrow, June 8; tagger reads the past June 1",
    ("313:r055", "04/03/2025"): "'order dated 04/03/2025' (day-first, 4 March) is read month-first, 2025-04-03",
    (
        "313:r059",
        "0000 GMT Wednesday",
    ): "'0000 GMT Wednesday' is split: '0000 GMT' as 2024-11-07T00:00 and 'Wednesday' as 11-06",
    (
        "313:r059",
        "7 p.m. EST",
    ): "'after 7 p.m. EST (0000 GMT Wednesday)' is tonight, Nov. 5; tagger gives Wednesday, Nov. 6",
    ("313:r065", "International Women's Day"): "'International Women's Day on Sat 8 March' is not tagged",
    (
        "313:r066",
        "Wednesday afternoon",
    ): "'Snow arrives Tues 3/4 ... by Wednesday afternoon' is March 5; tagger reads the past Feb. 26",
    ("313:r070", "4/3"): "'at the Roundhouse on 4/3' (UK day-first, 4 March) is read month-first as 2025-04-03",
    ("313:r086", "14:32"): "'sent at 14:32 on Mon 3 Mar 2025' is anchored to today, March 7, not the stated 3 March",
    ("313:r089", "10pm"): "'as soon as polls close at 10pm' on election day (07-04) is read as tonight, 2024-05-23",
    (
        "313:r103",
        "11 December",
    ): "'took charge on 11 December' (2024) is read as 2019-12-11, not the December just past",
    (
        "314:r015",
        "more than five years",
    ): "'this article is more than five years old' is missed; a duration P5Y (more than)",
    (
        "314:r033",
        "Aug 15, 2018, 22:14 IST",
    ): "'Aug 15, 2018, 22:14 IST' tagged as the date only, 2018-08-15; the time 22:14 is dropped",
    ("314:r044", "10.30am"): "'will be read out ... at 10.30am' (today) is dated to 'yesterday', 2017-04-09",
    (
        "314:r066",
        "10:30 p.m. ET Monday",
    ): "'shortly after 10:30 p.m. ET Monday' (election night just past) read as next Monday, 10-28",
    (
        "314:r101",
        "7 p.m. PT",
    ): "'closed at 7 p.m. PT' put on 'called on March 23', 2025-03-23, not polling day 2025-04-28",
    (
        "314:r101",
        "8:30 a.m. local time",
    ): "'opened at 8:30 a.m.' put on 'called on March 23', 2025-03-23, not polling day 2025-04-28",
    ("314:r101", "8:30 p.m."): "'closed at 8:30 p.m.' (polls today) is anchored to 'called on March 23', 2025-03-23",
    (
        "314:r106",
        "Tue 5 Jul 2016, 6:30pm",
    ): "'6:30pm' loses its 'pm': 'Tue 5 Jul 2016, 6:30' is tagged 06:30, not 18:30",
    (
        "315:r008",
        "Wednesday",
    ): "'has canceled classes Wednesday' (tomorrow) read as the Wednesday just past, 2019-01-23",
    (
        "315:r026",
        "around midnight",
    ): "'peak around midnight' (tonight, 2015-12-05T24:00) is put a day late, 2015-12-06T24:00",
    (
        "315:r048",
        "bank holiday weekend",
    ): "'a mostly dry bank holiday weekend' (the coming weekend, 2023-W17-WE) is not tagged",
    (
        "315:r052",
        "Tuesday morning",
    ): "'late Monday night into Tuesday morning' (next week) is read as the past Tuesday, 05-14",
    (
        "315:r052",
        "late Monday night",
    ): "'storms is possible late Monday night' (a forecast) read as the Monday past, 2024-05-13",
    ("315:r083", "Monday"): "'between Saturday night and Monday' (tomorrow) read as the Monday after next, 2021-11-22",
    ("315:r083", "Saturday night"): "'between Saturday night and Monday' (said Sunday) is read as next Saturday, 11-20",
    (
        "315:r086",
        "evening",
    ): "'Saturday afternoon and evening': the elliptical 'evening' (Saturday evening) is not tagged",
    ("315:r089", "overnight"): "'hurricane-force winds arriving overnight' is not tagged; means tonight, 2025-10-27TNI",
    ("315:r091", "evening"): "'this afternoon and evening': the elliptical 'evening' (this evening) is not tagged",
    ("315:r096", "Monday"): "'Sunday night into Monday, the Martin Luther King Jr. holiday' read as last Monday, 01-10",
    (
        "315:r096",
        "Sunday night",
    ): "'the Northeast getting hit Sunday night' (this weekend) is read as the past Sunday, 01-09",
    (
        "315:r096",
        "the Martin Luther King Jr. holiday",
    ): "'Monday, the Martin Luther King Jr. holiday' (2022-01-17) is not tagged",
    ("315:r101", "5am"): "'from 5pm until 5am' (tonight into Monday) is read as 5am on 2024-01-23, a day late",
    ("315:r101", "5pm"): "'red warning ... from 5pm until 5am' (today) is put on the next day, 2024-01-22T17:00",
    (
        "315:r101",
        "Monday morning",
    ): "'checks had been carried out on Monday morning' (tomorrow) is read as the past Monday, 01-15",
    ("315:r101", "overnight"): "'moving into Scotland overnight' is not tagged; means tonight, 2024-01-21TNI",
    (
        "315:r103",
        "per hour",
    ): "'rates of 2 inches per hour' (a snowfall rate) is not tagged; the annotator has SET PT1H",
    (
        "316:r006",
        "the week",
    ): "'down 3.2 per cent for the week' (week ending Friday) read as the current week, 2022-W20",
    ("316:r013", "8am"): "'opened down more than 8 per cent at 8am' (today) is anchored to 'Thursday', 2016-06-23",
    ("316:r031", "Wednesday"): "'a weaker start on Wednesday' (tomorrow) is read as the past Wednesday, 2024-02-14",
    (
        "316:r038",
        "early afternoon",
    ): "'down 4.2 per cent by early afternoon' (Monday) is put on 'July 6', 2015-07-06TAF",
    ("316:r050", "quarterly"): "'raised its quarterly dividend' (paid each quarter, a SET) is not tagged",
    (
        "316:r054",
        "November 30",
    ): "'above its November 30 close' (a past close) read as the coming November 30, 2024-11-30",
    (
        "316:r057",
        "1.30pm Irish time",
    ): "'data due at 1.30pm Irish time' (today) is anchored to 'July 9th'; 'Irish time' is dropped",
    (
        "316:r071",
        "12:30 p.m. Tokyo time",
    ): "'shortly after 12:30 p.m.' put on 'on March 4', 2024-03-04, not the decision day 2024-03-19",
    ("316:r098", "the end of July"): "'pricing a rate cut by the end of July' (ahead) read as last July, 2018-07",
    ("316:r104", "Monday"): "'ahead of Monday's bank holiday' (the coming Monday) is read as the past one, 2026-08-24",
    ("316:r107", "May"): "'the Reserve Bank's May meeting' is not tagged; means this May's meeting, 2021-05",
    ("316:r108", "6 p.m."): "'from 6 p.m. to 8 p.m. Tuesday' (the coming one) is dated to the past Tuesday, 06-18",
    (
        "316:r108",
        "8 p.m. Tuesday",
    ): "'forum from 6 p.m. to 8 p.m. Tuesday' (upcoming) read as last Tuesday, 2024-06-18T20:00",
    ("317:r027", "Monday"): "'appeared by video link ... on Monday' (past tense) is read as the coming Monday, 05-30",
    (
        "317:r035",
        "April",
    ): "'pleaded guilty in April' put in 'the summer of 2021' year, 2021-04, not this April 2024-04",
    ("317:r055", "April"): "'originally set for April' (this past April, 2020-04) read as the coming April, 2021-04",
    (
        "317:r059",
        "that night",
    ): "'Since that night' (the night of the killing, Jan 7) is dated a day late, 2024-01-08TNI",
    ("318:r016", "polling day"): "'nearly three weeks after polling day' (Saturday Oct 14) is not tagged",
    ("318:r021", "polling day"): "'before polling day' (Saturday, 2025-05-03, the publication date) is not tagged",
    ("318:r022", "11 p.m."): "'conceded shortly before 11 p.m.' (runoff night, Apr 4) is dated today, 2023-04-05T23:00",
    ("318:r037", "about 5am"): "'result declared at about 5am' (Friday morning) is put on Thursday, 2021-05-06T05:00",
    ("318:r043", "Oct. 21"): "'ahead of an Oct. 21 vote' (upcoming) is read as the past Oct. 21, 2018-10-21",
    ("318:r058", "Feb. 27"): "'Michigan on Feb. 27' (after 'Feb. 3, 2024') is read as 2023-02-27, not 2024-02-27",
    ("318:r058", "January"): "'Iowa's caucuses expected in January' (of 2024) read as the January just past, 2023-01",
    (
        "318:r065",
        "Tuesdays at 7 p.m.",
    ): "'Tuesdays at 7 p.m.' is split: SET XXXX-WXX-2 plus a separate TIME XXXX-XX-XXT19:00",
    ("318:r081", "weeks"): "'talks are likely to last weeks' (an unspecified duration PXW) is not tagged",
    (
        "318:r097",
        "the fall of that year",
    ): "'the fall of that year' is tagged only as 'that year', 2025, dropping the fall (2025-FA)",
    ("319:r057", "April"): "'every Sunday from April to October' (recurring) read as a specific April, 2019-04",
    ("319:r057", "October"): "'every Sunday from April to October' (recurring, XXXX-10) is read as 2018-10",
    ("319:r069", "Father's Day@76"): "'on Father's Day yesterday' (2024-09-01) read as June's Father's Day, 2024-06-16",
    (
        "319:r078",
        "VE Day",
    ): "'did not see her parents again until VE Day' (1945) is read as the last VE Day, 2022-05-08",
    ("319:r095", "Easter"): "'volunteered ... until Easter' (just past, 2026-04-05) read as next Easter, 2027-03-28",
    (
        "319:r105",
        "Independence Day",
    ): "'half-mast on Independence Day' (Aug. 15 here) read as the US holiday, 2018-07-04",
    (
        "319:r105",
        "two days earlier",
    ): "'two days earlier' than Independence Day (Aug 15) is counted from July 4: 2018-07-02",
    (
        "319:r107",
        "New Year's Eve",
    ): "'her 1952 diary ... wrote on New Year's Eve' (1952-12-31) read as the last one, 2024-12-31",
    ("320:r022", "Oct. 7"): "'killed there on Oct. 7' a year ago is read as today, 2024-10-07, not the 2023 date",
    (
        "320:r073",
        "midnight",
    ): "'ceasefire in force from midnight' is read as the coming midnight 2020-11-10T24:00, a day late",
    (
        "320:r076",
        "the end of April",
    ): "'by the end of April' in an account of the 2023 war start is read as this year's 2024-04",
    ("320:r086", "months"): "'weeks, not months' (a negated vague span) is not tagged; the annotator has PXM",
    ("320:r086", "weeks"): "'could last weeks, not months' is not tagged; a vague duration PXW",
    (
        "320:r099",
        "the previous night",
    ): "'the previous night' before Tuesday is put in 2023 (2023-10-06), not 2025-10-06",
    (
        "320:r102",
        "3:45 p.m.",
    ): "'address the nation ... at 3:45 p.m.' (today) is anchored to the last date mentioned, Aug. 31",
    ("320:r105", "annual"): "'the annual BALTOPS 2026 exercise' is not tagged as a yearly set P1Y",
    ("321:r004", "Monday"): "'With Monday's deadline looming' (Tax Day, 04-15) is read as the Monday just past, 04-08",
    ("321:r012", "2023"): "'the first half of 2023 taxes' (the first 2023 tax installment) is tagged as 2023-H1",
    ("321:r025", "next year"): "'Oct. 3 next year' is tagged as one date 2025-10-03; 'next year' covers all four dates",
    (
        "321:r030",
        "April 1",
    ): "'effective from April 1' is read as next April 2020-04-01, not the fiscal-year start 2019-04-01",
    ("321:r046", "quarterly"): "'in quarterly payments' is not tagged; the annotator has a set P3M",
    ("321:r067", "2015"): "'the second half of 2015 property taxes' (an installment) is tagged as 2015-H2, not 2015",
    ("321:r081", "July"): "'could be interrupted in July if they haven't filed' (the coming July) is read as 2017-07",
    (
        "321:r099",
        "the first of the month",
    ): "'on the first of the month' (each month) is missed; only 'the month' is tagged, as 2025-05",
    (
        "321:r101",
        "fiscal 2026",
    ): "'the first day of fiscal 2026' is tagged whole as 2026-01-01; fiscal 2026 began Oct. 1, 2025",
    ("322:r001", "early June"): "'April through early June' (a generic season) is read as the past June, 2014-06",
    ("322:r005", "dawn"): "'on Friday at dawn' is not tagged; 'dawn' is the early morning of Friday, Aug. 9",
    ("322:r010", "Day two"): "'Day two' of the trip begun Saturday, February 9 (Feb. 10) is not tagged",
    (
        "322:r010",
        "The following morning",
    ): "'The following morning' after 'Day two' (Feb. 10) is Feb. 11; tagger counts from Feb. 9, 02-10",
    ("322:r010", "dawn"): "'Day two began at dawn' is not tagged; day two of a trip from Feb. 9 is Feb. 10",
    ("322:r010", "day five"): "'On day five' of the trip begun February 9 (Feb. 13) is not tagged",
    ("322:r010", "late afternoon"): "'by late afternoon' on day two is anchored to February 9, not February 10",
    (
        "322:r010",
        "the next Monday",
    ): "'the next Monday' ending a ten-day trip from Sat. Feb. 9 is Feb. 18; tagger gives Feb. 11",
    ("322:r019", "day three"): "'on day three' after leaving on Sunday, January 21 (Jan. 23) is not tagged",
    ("322:r030", "11:45 p.m."): "'On day five the ... train left at 11:45 p.m.' is put on the earlier morning, Nov. 15",
    ("322:r030", "dawn"): "'The following morning we were up at dawn' (Thursday, Nov. 15) is not tagged",
    ("322:r030", "day five"): "'On day five' of the trip (Nov. 16) is not tagged",
    (
        "322:r030",
        "the next morning",
    ): "'woke the next morning' after the day-five night train is put on Nov. 16, not Nov. 17",
    ("322:r034", "September"): "'late April or September' (a generic best season) is read as September 2021",
    (
        "322:r034",
        "late April",
    ): "'best driven in the shoulder season, late April or September' is generic; tagger gives 2021-04",
    ("322:r040", "10"): "'the Livraria Lello queue by 10' (10 a.m. that Friday) is not tagged",
    (
        "322:r040",
        "7:05 a.m.",
    ): "'On the final morning I caught the 7:05 a.m. train' is put on Friday May 10, not the next day",
    ("322:r040", "9"): "'coffee at 9' (a bare clock hour on Friday, May 10) is not tagged",
    ("322:r040", "the final morning"): "'On the final morning' of the 48-hour trip from May 9 (May 11) is not tagged",
    ("322:r049", "late March"): "'between late September and late March' (any year) is read as March 2016",
    (
        "322:r049",
        "late September",
    ): "'best time ... between late September and late March' is generic; tagger gives 2016-09",
    (
        "322:r050",
        "Sunday",
    ): "'On Sunday' of the Labour Day weekend is read as the Sunday just past, Sept. 17, not Sept. 3",
    (
        "322:r050",
        "The first night",
    ): "'The first night' after arriving Friday, September 1 is put on Sept. 2, not Sept. 1",
    (
        "322:r050",
        "the next morning",
    ): "'fog did not lift until the next morning' is Sept. 2, after the first night; tagger gives 09-03",
    (
        "322:r050",
        "the same afternoon",
    ): "'picked up a rental car the same afternoon' is Friday, Sept. 1; tagger gives the next day 09-02",
    ("322:r052", "Day two"): "'Day two' of a walk begun Saturday, April 23 (so April 24) is not tagged",
    (
        "322:r052",
        "the Saturday evening",
    ): "'home by the Saturday evening' at the trip's end is put on April 23, not April 30",
    ("322:r054", "March"): "'India's shoulder months of March and October' is generic; tagger reads it as 2016-03",
    ("322:r054", "October"): "'shoulder months of March and October' (generic) is read as October 2016",
    (
        "322:r056",
        "today",
    ): "'3 p.m. today' is tagged as one time 2018-02-09T15:00; the annotator tags 'today' as the date",
    (
        "322:r058",
        "every Saturday at 5 p.m.",
    ): "'every Saturday at 5 p.m.' is split into SET 'every Saturday' and an undated TIME '5 p.m.'",
    ("322:r071", "The second week"): "'The second week' of the trip (June 10-16, week 24) is not tagged",
    (
        "322:r071",
        "midnight Wednesday",
    ): "'until midnight Wednesday' on the June trip is read as the coming Wednesday, July 31",
    (
        "322:r078",
        "May",
    ): "'occupancy in May and October has risen for five consecutive years' is generic; tagger: 2016-05",
    ("322:r078", "October"): "'occupancy in May and October has risen' (any year) is read as October 2015",
    ("322:r080", "April"): "'April and May, the Australian autumn' (generic) is read as April 2017",
    ("322:r080", "May"): "'April and May, the Australian autumn, are the sweet spot' is generic; tagger gives 2017-05",
    (
        "322:r080",
        "a day",
    ): "'you could drive it in a day' (a length of time) is read as the date of the next day, 05-07",
    ("322:r080", "dawn"): "'The next day ... at dawn' (April 26, after Anzac Day on Tuesday) is not tagged",
    ("322:r080", "day three"): "'On day three' of a trip begun on Anzac Day (Tue. Apr. 25), so Apr. 27, is not tagged",
    ("322:r085", "full-day"): "'a full-day safari' is not tagged as a one-day duration P1D",
    (
        "322:r088",
        "Thanksgiving weekend",
    ): "'Thanksgiving weekend' in a Canadian story (Oct. 12) is read as US Thanksgiving, 2020-W48-WE",
    ("322:r090", "Day one"): "'Day one of our ... week, Monday, August 30' is not tagged",
    (
        "322:r090",
        "Saturday morning",
    ): "'We left on Saturday morning' (trip's end, Sept. 4) is read as the publication day, Sept. 25",
    (
        "322:r090",
        "Wednesday",
    ): "'On Wednesday, the fourth day of the trip' is read as the Wednesday before publication, 09-22",
    ("322:r100", "June"): "'open only between June and mid-October' (every year) is read as June 2025",
    ("322:r100", "mid-October"): "'open only between June and mid-October' is a yearly season; tagger gives 2025-10",
    (
        "322:r100",
        "the next week",
    ): "'We spent the next week acclimatising' (a length of stay) is tagged as the date week 2025-W40",
    ("322:r103", "November"): "'from September to November' (every spring) is read as November 2018",
    (
        "322:r103",
        "September",
    ): "'best tackled ... from September to November' is generic; tagger gives last September, 2018-09",
    ("322:r106", "the foreseeable future"): "'for the foreseeable future' is not tagged; the annotator has FUTURE_REF",
    (
        "323:r011",
        "the spring equinox",
    ): "only 'the spring' of 'the spring equinox' is tagged, as spring 2016; the equinox is 2015-03-20",
    ("323:r031", "the vernal equinox"): "'Wednesday, the vernal equinox' is not tagged; it is March 20, 2024",
    (
        "323:r034",
        "early Tuesday",
    ): "'The Orionids ... peak early Tuesday' (the coming Oct. 21) is read as the Tuesday past, 10-14",
    (
        "323:r050",
        "the spring equinox",
    ): "'coincide with a supermoon and the spring equinox' (Friday, March 20) is not tagged",
    (
        "323:r053",
        "mid-afternoon",
    ): "'could thin out by mid-afternoon' (eclipse day, Apr. 8) is anchored to 'said Sunday', 04-07",
    (
        "323:r075",
        "the middle of the afternoon",
    ): "'Three years from today ... in the middle of the afternoon' (July 22, 2028) is not tagged",
    (
        "323:r075",
        "two years later",
    ): "'two years later, on November 25, 2030' is given the publication year 2025, not 2030",
    (
        "323:r077",
        "every Friday at 9 p.m.",
    ): "'every Friday at 9 p.m.' is split into SET 'every Friday' and an undated TIME '9 p.m.'",
    (
        "323:r091",
        "4.29 pm",
    ): "'on Tuesday, a day after Diwali, beginning at 4.29 pm' is put on the publication day, Monday",
    (
        "323:r100",
        "that night",
    ): "'clouds could cover ... that night' (the eclipse night, March 13) is put on Monday, March 10",
    ("323:r103", "July 14"): "'next year it falls on July 14' is read as this year's 2022-07-14; it is 2023-07-14",
    ("324:r015", "four weeks"): "'will be reassessed in four weeks' is tagged as the week 2016-W16, not a duration P4W",
    ("324:r023", "summer"): "'Town's summer recruitment' (this summer's transfer window) is not tagged",
    ("324:r091", "Tuesday"): "'minor surgery on Tuesday' (already done, Oct. 8) is read as the coming Tuesday, Oct. 15",
    (
        "324:r105",
        "the next month",
    ): "'will be out for the next month' (an injury layoff of one month) is read as December 2016",
    ("324:r106", "11pm"): "'It was after 11pm when' (the night before) is put on the publication day, 2021-09-01",
    ("325:r020", "7pm"): "'Tuesday's vote ... shortly after 7pm' is put on the Tuesday past, 01-27, not 02-03",
    (
        "325:r020",
        "Tuesday",
    ): "'live coverage of Tuesday's vote' is read as the past Tuesday, Jan. 27, not the coming Feb. 3",
    (
        "325:r026",
        "15:20 BST",
    ): "'last updated at 15:20 BST' is anchored to Thursday, 07-18, not the publication day 07-19",
    ("325:r059", "5pm"): "'speaking ... shortly after 5pm' (today, 05-22) is anchored to the election date, 4 July",
    ("325:r075", "10.40pm"): "'Bill Shorten conceded at 10.40pm' (tonight, 05-18) is put on the day before, 05-17",
    ("325:r075", "midnight"): "'shortly before midnight' on election night is put on 2019-05-17, a day early",
    ("325:r090", "2020"): "'rang in 2020 hours ago' is read as '2020 hours ago'; 2020 is the year",
    (
        "325:r094",
        "10pm Monday",
    ): "'moved ... to 10pm Monday' (the Monday just past, 05-09) is read as the next Monday, 05-16",
    (
        "325:r095",
        "11am",
    ): "'its scheduled 11am finish on Tuesday' is put on the publication day (Wed.) 12-13, not 12-12",
    ("325:r100", "1 p.m."): "'briefing ... scheduled for 1 p.m.' that Friday is left undated, XXXX-XX-XXT13:00",
    (
        "326:r017",
        "2 p.m. every Sunday",
    ): "'a matinee at 2 p.m. every Sunday' is split into a bare time T14:00 and a SET 'every Sunday'",
    (
        "326:r018",
        "11:59 p.m. GMT",
    ): "'close at 11:59 p.m. GMT on Sept. 30' is put in a past year, 2023, not the coming 2024-09-30",
    (
        "326:r018",
        "Sept. 30",
    ): "'close ... on Sept. 30' (2025 edition submissions, still ahead) is read as the past one, 2023",
    (
        "326:r028",
        "Saturday night",
    ): "'announces its prizes on Saturday night': read as the Saturday past (May 18), not May 25",
    ("326:r038", "May 29"): "'its 2017 season ... opening May 29' is read as the May just past, 2016-05-29, not 2017",
    (
        "326:r043",
        "3 p.m. Sundays",
    ): "'3 p.m. Sundays' is split into a time 'T15:00' and a set 'Sundays', not one weekly set",
    (
        "326:r048",
        "Saturday night",
    ): "'Saturday night's IFTA ceremony' (upcoming, sold out) is read as the Saturday just past, Feb. 3",
    ("326:r050", "March 15"): "'the ceremony on March 15' (still ahead) is read as the past March 15, 2025-03-15",
    (
        "326:r054",
        "the autumn",
    ): "'transfers to the Barbican in the autumn' (future) is read as the autumn past, 2024-FA",
    (
        "326:r102",
        "the autumn",
    ): "'screened at other festivals in the autumn' (coming, 2020) is read as the past autumn, 2019-FA",
    (
        "327:r029",
        "a year earlier",
    ): "'from a year earlier' is the reference day a year back, 2020-11-29, not last Cyber Monday",
    (
        "327:r049",
        "8pm Thursday",
    ): "'orders placed before 8pm Thursday will arrive' (coming) is read as the past Thursday, Nov. 16",
    (
        "327:r049",
        "the next day",
    ): "'before 8pm Thursday will arrive the next day': read as the day after last Thursday, 2017-11-17",
    (
        "327:r053",
        "Friday",
    ): "'the perk ends for cars sold after Friday' is read as the past Friday, Mar. 31, not Apr. 7",
    ("327:r060", "a month"): "'about 1,500 a month' (a monthly rate) is tagged as a duration P1M, not a set",
    ("327:r084", "a year"): "'giving shops a year to prepare' (a span of time) is tagged as a SET P1Y, not a duration",
    (
        "327:r085",
        "12 months",
    ): "'have 12 months from today to claim' is tagged as the end date 2023-04-01, not a duration P12M",
    (
        "327:r085",
        "today",
    ): "tags the whole '12 months from today' as 2023-04-01, leaving no tag for 'today', 2022-04-01",
    (
        "327:r097",
        "8 a.m. ET Friday",
    ): "'Preorders ... open at 8 a.m. ET Friday' (coming) is read as the past Friday, Feb. 27",
    ("327:r098", "Nov. 25"): "'flights between Nov. 25 and Nov. 30' (upcoming) is read as the past Nov. 25, 2014-11-25",
    (
        "327:r098",
        "Nov. 30",
    ): "'flights between Nov. 25 and Nov. 30' (upcoming) is read as Nov. 30 of the year before, 2014",
    (
        "327:r106",
        "Jan. 1@277",
    ): "'a second chance between Jan. 1 and March 31' (for 2025 plans) is read as the past 2024-01-01",
    (
        "327:r106",
        "March 31",
    ): "'a second chance between Jan. 1 and March 31' (in 2025) is read as the past March, 2024-03-31",
    ("328:r007", "autumn"): "'good autumn rains' (the autumn just past, 2020-FA) is not tagged",
    (
        "328:r008",
        "Saturday night",
    ): "'worked through Saturday night' (past tense) is read as the coming Saturday, June 29",
    (
        "328:r047",
        "midnight",
    ): "'from midnight until sunrise on Tuesday' is read as the end of Tuesday, 2021-04-20T24:00",
    (
        "328:r067",
        "annual",
    ): "'its annual Prospective Plantings report': the yearly frequency 'annual' (P1Y) is not tagged",
    (
        "328:r067",
        "quarterly",
    ): "'the quarterly Grain Stocks report' (a recurring report) is not tagged; a SET P3M is meant",
    ("328:r106", "Monday"): "'the June bank holiday weekend ... Thursday to Monday' is read as the next Monday, May 26",
    (
        "328:r106",
        "Thursday",
    ): "'over the June bank holiday weekend, running from Thursday': read as next Thursday, May 22",
    (
        "328:r108",
        "a year earlier",
    ): "'the same period a year earlier' is valued 2023, the current year, not a year back, 2022",
    (
        "329:r001",
        "the new year weekend",
    ): "'the new year weekend' is tagged only as 'the new year', 2023, not the weekend 2022-W52-WE",
    (
        "329:r018",
        "Thursday",
    ): "'Figures published on Thursday are expected to show' is read as the past Thursday, Feb. 9",
    ("329:r042", "April"): "'the peak of the first wave in April' (past, 2020) is read as the coming April, 2021-04",
    (
        "329:r061",
        "that weekend",
    ): "'under extreme pressure that weekend' (the one just past) is read as the coming weekend, W07",
    (
        "329:r070",
        "Oct. 4",
    ): "'a biopsy was scheduled for Oct. 4' (a past event) is read as the coming Oct. 4, 2020-10-04",
    (
        "329:r070",
        "four days later",
    ): "'four days later' after 'Oct. 4' is anchored to Oct. 4, 2020, giving 2020-10-08, not 2019",
    ("329:r099", "April@221"): "'then in April that it would be' (a past telling) is read as the coming April, 2024-04",
    (
        "329:r099",
        "late summer",
    ): "'late summer at the earliest' (the expected operation date) is not tagged; 2023-SU is meant",
    (
        "329:r102",
        "September",
    ): "'The earliest slot was in September, almost five months away': read as last September, 2023-09",
    (
        "329:r104",
        "the winter",
    ): "'the winter had been brutal' (Tasmania, June-Aug. 2016) is read as the previous winter, 2015-WI",
    (
        "330:r021",
        "the following evening",
    ): "'the following evening' after 'Sunday, Sept. 24' is valued Sept. 26, not Sept. 25",
    (
        "330:r076",
        "Oct. 7",
    ): "'a war that started nearly a year ago, on Oct. 7' is read as the coming Oct. 7, 2024, not 2023",
    ("330:r082", "today"): "'from 5pm to 11pm today': 'today' is absorbed into '11pm today', TIME 2015-04-03T23:00",
    (
        "330:r085",
        "Sunday",
    ): "'Orthodox ... celebrated Easter on Sunday' is valued Western Easter, Mar. 27, not today, May 1",
    (
        "330:r085",
        "midnight",
    ): "'the traditional midnight service' of Orthodox Easter is put at Western Easter, 2016-03-27",
    ("330:r093", "8pm"): "'Midnight Mass has been moved to 8pm' (this evening) is put on the next day, 2020-12-25",
    ("330:r105", "2 a.m."): "'complaints between 6 p.m. and 2 a.m.' (last night) is read as 2 a.m. tomorrow, Nov. 2",
    (
        "330:r105",
        "6 p.m.",
    ): "'complaints between 6 p.m. and 2 a.m.' (last night) is put on the reference day, 2024-11-01",
    (
        "331:r023",
        "11 years old",
    ): "'the female ... is now 11 years old' (an age) is not tagged; a duration P11Y is meant",
    (
        "331:r036",
        "November",
    ): "'starting next year the fall hunt ... in November': read as this November, 2025-11, not 2026",
    (
        "331:r056",
        "dawn tomorrow",
    ): "'before dawn tomorrow': only 'tomorrow' is tagged, DATE 2020-12-22, without 'dawn' (TMO)",
    ("331:r062", "July"): "'bookings for July were already up' (the coming July) is read as the past July, 2025-07",
    (
        "331:r077",
        "Fall",
    ): "'Fall arrived Thursday with the autumnal equinox': the season 'Fall' (2016-FA) is not tagged",
    ("331:r083", "November"): "'season runs from November to May' (habitual) is read as the coming November, 2022-11",
    ("331:r102", "a few hours"): "'lasts only a few hours': the annotator writes PXH; the tagger writes PTXH",
    (
        "332:r040",
        "today",
    ): "'90 days from today' is tagged whole as the deadline 2022-07-31; 'today' is not tagged alone",
    (
        "332:r074",
        "more than a decade",
    ): "'handsets that are more than a decade old' (an age) is left untagged; the annotator has P1DE",
    ("332:r079", "quarterly"): "'quarterly updates after that' (every three months) is not tagged as a set P3M",
    (
        "332:r087",
        "around 7 a.m. Eastern time",
    ): "'the first beginning around 7 a.m.' is put on the 'Sunday' just named (10-23), not Oct. 21",
    (
        "332:r087",
        "late afternoon",
    ): "'restored service by late afternoon' is put on the day before publication, not Oct. 21",
    (
        "332:r090",
        "12 months later",
    ): "'12 months later' (after April 1, 2023) is given 2023-04, not 12 months on, 2024-04",
    (
        "332:r090",
        "April 1",
    ): "'Version 7.x enters extended support on April 1' (future) is read as last April, 2022-04-01",
    (
        "332:r093",
        "Tuesday",
    ): "'Firefox Quantum, out Tuesday' (released the day before) is read as next Tuesday, 2017-11-21",
    ("332:r098", "Oct. 14"): "'leave extended support on Oct. 14' (upcoming) is read as the past October, 2024-10-14",
    ("333:r020", "winter"): "'a cold start to winter' in the June quarter (Australian winter 2022) is read as 2021-WI",
    (
        "333:r038",
        "every Tuesday at 7 a.m.",
    ): "'every Tuesday at 7 a.m.' is split into a set 'every Tuesday' and a separate time '7 a.m.'",
    (
        "333:r048",
        "the previous year",
    ): "'fall 4.6% on the previous year' is read as 2023, the year before publication, not 2022",
    (
        "334:r009",
        "January 18",
    ): "'Mumbai concerts on January 18' (upcoming shows) is read as the past January, 2024-01-18",
    ("334:r009", "noon"): "'the queue opened at noon' is put on the concert date 'January ... 19', 2024-01-19",
    (
        "334:r032",
        "Friday",
    ): "'after Friday's concert ... sold out' is read as the Friday just past, 02-09, not the next",
    (
        "334:r032",
        "Saturday",
    ): "'added a second Nashville show Saturday' (upcoming) is read as the Saturday just past, Feb. 10",
    (
        "334:r077",
        "St Patrick's Day",
    ): "'a St Patrick's Day concert' (tickets just on sale) is read as the past one, 2024-03-17",
    ("334:r100", "that summer"): "'planned to play first that summer' (July 2014) is read as this summer, 2022-SU",
    ("334:r103", "January 25"): "'their January 25 show' (an upcoming concert) is read as the past January, 2024-01-25",
    (
        "335:r047",
        "a year earlier",
    ): "'higher than a year earlier' is counted back from 'October 8' to the exact day 2022-10-08",
    (
        "335:r047",
        "late November",
    ): "'the wedding season in late November' gets no year, XXXX-11, though it is this November",
    ("335:r055", "months"): "'some ... suggested weeks, others months' (a vague clearing time) is not tagged as PXM",
    ("335:r055", "weeks"): "'some salvage experts have suggested weeks' (a vague duration, PXW) is left untagged",
    (
        "335:r058",
        "the winter",
    ): "'lay up ... vessels through the winter' (the coming one) is read as last winter, 2014-WI",
    ("335:r088", "April 1"): "'any April 1 tariff deadline' (upcoming) is read as the past April, 2024-04-01",
    (
        "336:r043",
        "the first six months of 2026",
    ): "'the first six months of 2026' is split into a duration P6M and '2026', not read as 2026-H1",
    (
        "336:r070",
        "the summer",
    ): "'the main build following in the summer' is read as 2022-SU, from 'autumn of 2022', not 2025",
    (
        "336:r105",
        "the first three months of the year",
    ): "'the first three months of the year' is split into a duration P3M and 'the year', not 2023-Q1",
    ("337:r011", "the second week"): "'the second week of the US Open' (Sept. 5-11, 2016-W36) is not tagged",
    (
        "337:r015",
        "7:40 a.m.",
    ): "'tee times brought forward to 7:40 a.m.' (today's final round) is put on Saturday, Dec. 10",
    (
        "337:r015",
        "Saturday",
    ): "'after a 68 on Saturday' (the round just played) is read as the next Saturday, 2022-12-10",
    (
        "337:r018",
        "10 a.m.",
    ): "'roll out at 10 a.m.' for 'Saturday's Willunga Hill stage' is put on the past Saturday, Jan. 17",
    (
        "337:r018",
        "Saturday",
    ): "'Saturday's Willunga Hill stage' (a coming stage) is read as the Saturday just past, 01-17",
    (
        "337:r021",
        "Sunday",
    ): "'off the Sunday schedule' (opening day, the next day) is read as the Sunday just past, 01-05",
    (
        "337:r027",
        "March",
    ): "'Players Championship victory in March' (four months ago) is read as the coming March, 2023-03",
    (
        "337:r028",
        "the second week",
    ): "'begins the second week of Wimbledon today' is left untagged; it is the week 2019-W28",
    (
        "337:r029",
        "2:30 p.m. ET",
    ): "'he will tee off at 2:30 p.m. ET' in Sunday's final round is put on next Saturday, 06-22",
    (
        "337:r030",
        "2:15 p.m.",
    ): "'delayed play until 2:15 p.m. ... on Friday' is put on publication day, Aug. 17, not Aug. 16",
    ("337:r030", "Friday"): "'Rain delayed play ... on Friday' (yesterday) is read as the next Friday, 2019-08-23",
    ("337:r076", "12:05 p.m."): "'Riders roll out at 12:05 p.m.' (today's stage) is put on the day before, 2025-07-18",
    (
        "337:r076",
        "5:30 p.m.",
    ): "'after 5:30 p.m. Sunday's stage' is merged into Sunday July 20 at 17:30; the time is today's",
    ("337:r076", "Sunday"): "'5:30 p.m. Sunday's stage' joins today's finish time to the next sentence's 'Sunday'",
    (
        "337:r077",
        "7:25 p.m.",
    ): "'back to the 18th tee at 7:25 p.m.' (Sunday's playoff) is put on publication day, Apr. 14",
    ("337:r086", "today"): "'11 a.m. today' is tagged as one time, 2023-09-08T11:00, instead of 'today' as a date",
    (
        "337:r102",
        "2:50 p.m.",
    ): "'the leaders teed off at 2:50 p.m.' (Sunday's final round) is put on the report day, 07-21",
    (
        "337:r102",
        "the afternoon",
    ): "'Rain had been forecast for the afternoon' (final round, Sunday) is put on publication day",
    (
        "337:r106",
        "today",
    ): "'2:30 pm today' is tagged whole as a time 2021-02-24T14:30; 'today' is not tagged as a date",
    (
        "338:r005",
        "every Sunday at 7 a.m.",
    ): "split into 'every Sunday' SET XXXX-WXX-7 and a separate '7 a.m.' TIME; the set lacks T07:00",
    (
        "338:r046",
        "Valentine's Day",
    ): "'renewed their vows on Valentine's Day' is anchored to 'Easter 1965', 1965-02-14, not 2025",
    (
        "338:r052",
        "every night at 9pm",
    ): "split into 'every night' SET XXXX-XX-XXTNI and a separate '9pm' TIME; no daily set at T21:00",
    (
        "338:r080",
        "Gudi Padwa",
    ): "the festival 'Gudi Padwa' (Marathi new year, 22 March 2023) is not recognised; nothing tagged",
    (
        "338:r086",
        "Every Friday at 4pm",
    ): "split into 'Every Friday' SET XXXX-WXX-5 and a separate '4pm' TIME; the set lacks T16:00",
    (
        "338:r099",
        "6am every day",
    ): "'6am every day' is split into a TIME '6am' and a SET 'every day' P1D, not one daily SET",
    (
        "338:r101",
        "the previous autumn",
    ): "'met the previous autumn' before the 1976 wedding is read from the article date, 2025-FA",
    ("339:r043", "7.30am"): "'returned at 7.30am' this morning is anchored to the Friday just mentioned, 2025-05-16",
    ("339:r047", "6.30pm"): "'a 24-hour strike begins at 6.30pm' tonight is placed on the next day, 2015-07-09",
    (
        "339:r064",
        "4 a.m. Mondays",
    ): "'4 a.m. Mondays' is split into a TIME '4 a.m.' and a SET 'Mondays', not one weekly SET",
    ("339:r064", "8 p.m. Fridays"): "split into '8 p.m.' TIME and 'Fridays' SET XXXX-WXX-5; the set lacks T20:00",
    ("339:r067", "the weekend"): "'residual delays through the weekend' is read as the weekend just past, 2022-W36-WE",
    ("340:r012", "the two weeks"): "'the two weeks students waited' (a P2W duration) is not tagged",
    ("340:r026", "a week"): "'taking their break a week earlier' (an offset) is tagged as a date 2022-W06, not P1W",
    (
        "340:r031",
        "a week",
    ): "'graduate a week earlier' is tagged as the date 2015-06-12, not 'a week' as a P1W duration",
    ("340:r051", "Oct. 1"): "'The 2026-27 FAFSA opened on schedule on Oct. 1' (past) is read as 2026-10-01, not 2025",
    ("340:r064", "August"): "'an August start' for the 2025-26 school year is read as the past August, 2024-08",
    ("340:r064", "May 21"): "'finish the year on May 21' (2025-26 school year) is read as 2025-05-21, not 2026-05-21",
    (
        "340:r064",
        "Thanksgiving",
    ): "'a week off at Thanksgiving' in the 2025-26 calendar is read as the past one, 2024-11-28",
    (
        "340:r072",
        "six weeks",
    ): "'review the timetable again in six weeks' is tagged as the week 2020-W22, not P6W or a day",
    (
        "341:r008",
        "the previous quarter",
    ): "'down from 3.2% in the previous quarter' is read as 2017-Q4 itself, not the quarter before",
    (
        "341:r021",
        "every Thursday at 8:30 a.m. Eastern time",
    ): "split into 'every Thursday' SET and a separate '8:30 a.m. Eastern time' TIME; set lacks T08:30",
    (
        "341:r025",
        "a week earlier",
    ): "'the week ending Oct. 5 from a week earlier' is read as the day 2018-09-28, not week 2018-W39",
    (
        "341:r050",
        "a year earlier",
    ): "'rose 4.9% from a year earlier' (August data) is read as summer 2023, 2023-SU, not 2023-08",
    (
        "341:r089",
        "a year earlier",
    ): "'expanded 2.2% from a year earlier' is anchored to 'the April-June quarter', 2023-Q2, not Q3",
    (
        "341:r104",
        "a year earlier",
    ): "'Exports in March ... a year earlier' is read as the quarter 2024-Q1, not the month 2024-03",
    ("341:r106", "Friday morning"): "'due Friday morning' in a preview of next week is read as today, 2018-11-09TMO",
    (
        "341:r106",
        "a year earlier",
    ): "'prices ... from a year earlier' is anchored to 'Veterans Day', 2017-11-11, not 2017-10",
    (
        "341:r107",
        "every Thursday at noon Eastern",
    ): "split into 'every Thursday' SET XXXX-WXX-4 and a separate 'noon' TIME; the set lacks T12:00",
    (
        "342:r053",
        "September",
    ): "'had been due to lift off ... in September' (planned launch) is read as 2021-09, not 2022-09",
    (
        "342:r055",
        "every Thursday at 7 p.m.",
    ): "split into 'every Thursday' SET XXXX-WXX-4 and a separate '7 p.m.' TIME; the set lacks T19:00",
    (
        "342:r089",
        "Fridays at 8 p.m.",
    ): "split into 'Fridays' SET XXXX-WXX-5 and a separate '8 p.m.' TIME; the set lacks T20:00",
    ("343:r016", "5am"): "'from 5am to 9pm' (the same Friday) is placed on Feb. 11, the Friday past, not Feb. 18",
    (
        "343:r016",
        "7am",
    ): "'from 7am to midday Friday' is placed on the Friday just past, Feb. 11, not the next, Feb. 18",
    ("343:r016", "9pm"): "'amber warning ... from 5am to 9pm' is anchored to the past Friday, 2022-02-11, not 02-18",
    (
        "343:r016",
        "midday Friday",
    ): "'red warning ... from 7am to midday Friday' is read as the Friday just past, 2022-02-11",
    (
        "343:r054",
        "nightfall today",
    ): "in 'leave before nightfall today' only 'today' is tagged, 2017-03-27; 'nightfall' is missed",
    (
        "343:r063",
        "the next week",
    ): "'another quake in the next week' (a P1W window) is tagged as the calendar week 2019-W28",
    (
        "343:r065",
        "10 p.m. Monday",
    ): "'ordered everyone to leave by 10 p.m. Monday' is read as the next Monday, July 29, not July 22",
    ("343:r073", "December"): "'between October and December' (every year) is read as a specific month, 2020-12",
    ("343:r073", "May"): "'peaks twice a year, in May' (a recurring month) is read as a specific month, 2021-05",
    (
        "343:r073",
        "October",
    ): "'peaks twice a year ... between October and December' (a recurring season) is read as 2021-10",
    (
        "343:r081",
        "Sunday afternoon",
    ): "'not resume until at least Sunday afternoon' is read as the Sunday after next, 2025-03-16",
    (
        "343:r091",
        "around midday Sunday",
    ): "'expected landfall around midday Sunday' is read as the Sunday past, May 7, not May 14",
    (
        "343:r092",
        "Tuesday night",
    ): "'last into next week ... on Tuesday night' is read as the past Tuesday, 2024-12-31TNI",
    ("343:r101", "months"): "'continue for weeks and possibly months' (vague duration PXM) is not tagged",
    (
        "343:r103",
        "11 a.m. every Wednesday",
    ): "'11 a.m. every Wednesday' is split into a TIME '11 a.m.' and a SET 'every Wednesday'",
    (
        "344:r022",
        "January 11",
    ): "'had been listed for January 11' (a hearing still ahead) is read as the past January, 2020",
    (
        "344:r036",
        "the weekend",
    ): "'sent home for the weekend on Thursday' is the coming weekend; read as the past one, 2023-W08",
    (
        "344:r043",
        "April 18",
    ): "'posted the matter for compliance on April 18' (a future hearing) read as the past April, 2023",
    ("344:r045", "July"): "'inquest, originally listed for five days in July' is ahead; read as the July past, 2023-07",
    ("344:r050", "14 days"): "'expires in 14 days' is tagged as a date 14 days ahead, 2025-02-11, not a duration P14D",
    ("344:r078", "Monday"): "'a majority verdict ... by Monday' is the coming Monday; read as the past one, 2016-02-22",
    (
        "344:r079",
        "the spring",
    ): "'moving to Perth in the spring' (after August, same year) read as next year's spring, 2017-SP",
    (
        "344:r083",
        "the autumn",
    ): "'a retrial ... could not take place before the autumn' is ahead; read as last autumn, 2017-FA",
    (
        "344:r098",
        "four years and three months",
    ): "split into 'the remaining four years' P4Y and 'three months' P3M instead of one P4Y3M",
    ("344:r100", "early July"): "'typically begins in early July' (this year's recess) is left without a year, XXXX-07",
    (
        "344:r105",
        "August 18",
    ): "'listed the matter for hearing ... on August 18' is ahead; read as last year's, 2024-08-18",
    (
        "345:r004",
        "fourth-quarter",
    ): "'fourth-quarter net profit' of FY23 (Jan-March 2023) is read as the calendar 2022-Q4",
    (
        "345:r015",
        "fiscal second quarter",
    ): "with a June 30 year-end, 'fiscal second quarter' is Oct-Dec 2021; tagged as calendar 2021-Q2",
    (
        "345:r016",
        "December",
    ): "'costs that began to show up in December' (past tense) is read as the coming December, 2023-12",
    (
        "345:r029",
        "next quarter",
    ): "'revenue next quarter' after Q3 results is 2018-Q4; read as the quarter after that, 2019-Q1",
    (
        "345:r035",
        "the second half",
    ): "'weighted toward the second half' of fiscal 2020 is read as the current half, 2019-H2",
    (
        "345:r044",
        "August",
    ): "'fares for July and August were running' (this summer ahead) is read as the past August, 2021",
    (
        "345:r044",
        "July",
    ): "'fares for July and August were running ... higher' is this summer; read as last year, 2021-07",
    (
        "345:r050",
        "the second half",
    ): "'the first half of FY25 before improving in the second half' is FY25's H2; tagged 2024-H2",
    ("345:r052", "H1"): "'deal wins in H1 totalling $4.2 billion' (first half of FY25) is not tagged",
    (
        "345:r057",
        "first-quarter",
    ): "'forecast first-quarter revenue' (fiscal 2020 Q1, ahead) is read as the past calendar 2019-Q1",
    (
        "345:r057",
        "the fourth fiscal quarter",
    ): "'fiscal year ended July 27': 'the fourth fiscal quarter' is FY2019-Q4; read as 2018-Q4",
    (
        "345:r086",
        "a year earlier",
    ): "'the three months to the end of September ... a year earlier' is 2020-Q3; tagged month 2020-09",
    (
        "345:r089",
        "Christmas",
    ): "in August, 'Christmas would be the real test' is ahead; read as the one just past, 2022-12-25",
    ("345:r089", "a year earlier"): "'the same weeks a year earlier' is tagged as the current year, 2023, not 2022",
    (
        "345:r093",
        "April 26",
    ): "'fiscal first quarter ending April 26' (still ahead) is read as the past April, 2025-04-26",
    ("345:r100", "the back half"): "'margin would dip in the back half' (of the fiscal year) is not tagged",
    (
        "345:r101",
        "fourth-quarter",
    ): "'fourth-quarter revenue' of the fiscal year ending April 2018 is read as calendar 2017-Q4",
    (
        "345:r101",
        "the back half of the year",
    ): "'growth weighted to the back half of the year' of fiscal 2019 is FY2019-H2; tagged 2018-H2",
    (
        "345:r101",
        "the first quarter",
    ): "'EPS in the first quarter' (of fiscal 2019, ahead) is read as the past calendar 2018-Q1",
    (
        "345:r107",
        "second-quarter",
    ): "'will report second-quarter results in early September' is fiscal Q2 (May-Aug); tagged 2020-Q2",
    ("347:r060", "a month"): "'10 hours of Zone 2 training a month' (a rate) is tagged as a duration P1M, not a SET",
    (
        "347:r063",
        "18 months",
    ): "'a vaccine could be ready in 18 months' is tagged as a date 2021-08, not a duration P18M",
    (
        "348:r014",
        "every Friday at 12:30 pm IST",
    ): "split into a SET 'every Friday' and a separate TIME '12:30 pm IST' instead of one SET",
    ("348:r031", "Sunday"): "'used its E3 briefing Sunday' (past tense) is read as the coming Sunday, 2019-06-16",
    ("348:r060", "midnight PT"): "'midnight PT' (start of Feb 15) is written 2019-02-15T24:00, the end of that day",
    ("348:r064", "hours"): "'within hours': the annotator writes PXH; the tagger writes PTXH",
    (
        "349:r014",
        "6:01 p.m.@721",
    ): "'On Wednesday ... a bell tolled 39 times at 6:01 p.m.' is today; anchored to 1968-04-17",
    (
        "349:r014",
        "Wednesday",
    ): "'On Wednesday, thousands gathered' is anchored to 1968 (1968-04-17), not the publication day",
    (
        "349:r047",
        "half a century on",
    ): "'half a century on' (1967 + 50, i.e. 2017) is tagged as a duration 'half a century' P50Y",
    ("349:r050", "that day"): "'eight times that day' is anchored to 'one minute past midnight': 1945-05-09, not May 8",
    ("349:r053", "75 years on"): "'75 years on' (1945 + 75, i.e. 2020) is tagged as a duration '75 years' P75Y",
    ("349:r053", "annual"): "'the city's annual peace ceremony' is not tagged as a yearly SET",
    (
        "349:r054",
        "10:58 a.m.",
    ): "'killed just two minutes earlier, at 10:58 a.m.' in 1918 is put on the publication date",
    ("349:r054", "A century later"): "'A century later' is counted from publication (2118), not from 1918 (2018)",
    ("349:r057", "the winter of 1421-22"): "'trees felled in the winter of 1421-22' is not tagged",
    (
        "349:r058",
        "Sunday",
    ): "'followed Sunday by the 1812 Overture' (an upcoming show) is read as the past Sunday, Sep. 29",
    (
        "349:r060",
        "20 January",
    ): "'reached Botany Bay by 20 January', 8 months after May 1787, is read as 1787-01-20, not 1788",
    (
        "349:r060",
        "26 January",
    ): "'26 January was marked only in New South Wales' (the date each year) is tagged 1787-01-26",
    (
        "349:r063",
        "104 years on",
    ): "'104 years on' (from 1919, i.e. now) is tagged as a duration P104Y, not the year 2023",
    (
        "349:r064",
        "a century later",
    ): "'built in the 1850s and automated a century later' is the 1950s; tagged the year 1950",
    ("349:r065", "18 November"): "'brought it to a halt on 18 November' is 1916 (the Somme); read as 2015-11-18",
    ("349:r065", "nightfall"): "'By nightfall' on 1 July 1916 is not tagged",
    (
        "349:r083",
        "the next century and a half",
    ): "'for the next century and a half' is cut to 'the next century', P100Y instead of P150Y",
    ("349:r087", "that winter"): "'died there of disease that winter' is anchored to 'June 1778': 1778-WI, not 1777-WI",
    (
        "349:r091",
        "5:30 a.m.",
    ): "'At 5:30 a.m. on Easter Monday, April 9, 1917' is put on this year's Easter Monday, 2017-04-17",
    ("349:r098", "11.30am"): "'the summit of Everest, at 11.30am' in 1953 is put on the publication day, 2023-05-29",
    ("350:r036", "Friday"): "'Friday's rounds' at Easter is Good Friday, Apr 7; read as last Friday, 2023-03-31",
    ("350:r036", "Monday"): "'Monday's on Tuesday' is Easter Monday, Apr 10; read as the Monday just past, 2023-04-03",
    (
        "350:r036",
        "Saturday",
    ): "'Friday's rounds collected on Saturday' (Easter weekend ahead) is read as the past Saturday",
    ("350:r036", "Tuesday"): "'Monday's on Tuesday' (after Easter Monday) is read as today's Tuesday, 2023-04-04",
    (
        "350:r040",
        "midnight",
    ): "'packed the chambers until well past midnight' is the meeting night; put on June 1, 2016-06-01",
    (
        "350:r066",
        "last year",
    ): "'the same period last year' (April-August 2017) is tagged 2018-H1, a half of the current year",
    ("350:r067", "the same day"): "'due on the same day' (as the 12 December election) is left as 2019-12-XX",
    ("350:r078", "quarterly"): "'four quarterly instalments' (a SET P3M) is not tagged",
    (
        "350:r106",
        "Oct. 24",
    ): "'Hamilton's Oct. 24 municipal election' (still ahead) is read as the past October, 2021-10-24",
    ("351:r075", "more than three decades"): "'several of them more than three decades old' is not tagged",
    ("352:r002", "every Sunday at 6pm"): "split into a SET 'every Sunday' and a separate TIME '6pm' instead of one SET",
    ("352:r019", "the summer"): "'the summer between feels both endless' (this summer) is not tagged",
    ("352:r021", "Children's Day"): "'On Children's Day' (14 November in India, the publication date) is not tagged",
    ("352:r026", "half past two"): "'frozen by half past two' at a daytime parade is read as 02:30 at night, not 14:30",
    ("352:r028", "a week"): "'30 hours a week' (a rate) is tagged as a duration P1W, not a SET",
    (
        "352:r030",
        "a fortnight",
    ): "'leaves for university in a fortnight' is tagged as the week two weeks ahead, 2024-W38",
    ("352:r034", "the spring"): "in December, 'before selling the house in the spring' is next spring; read as 2017-SP",
    ("352:r040", "the fortnight"): "'the fortnight went far too quickly' (the two-week break) is not tagged",
    ("352:r042", "three weekends"): "'three weekends' is converted to six days, P6D, rather than P3WE",
    ("352:r047", "Dussehra"): "'why Dussehra falls on a Tuesday this year' (the festival, 2023-10-24) is not tagged",
    (
        "352:r066",
        "6.40 in the morning",
    ): "'arrives ... on Christmas Eve. She lands at 6.40 in the morning' is put on Dec 25, not Dec 24",
    (
        "352:r074",
        "a couple of years",
    ): "'in a couple of years she will not want a party' is tagged as the year 2018, not a duration",
    (
        "352:r079",
        "Every Independence Day",
    ): "'Every Independence Day' in Pune (India, 15 August) is read as the US July 4, XXXX-07-04",
    ("352:r101", "six"): "'returned them at six' (6 p.m. on Monday) is not tagged",
    (
        "352:r103",
        "every morning at 7:30",
    ): "'every morning at 7:30' is split into a SET 'every morning' (TMO) and a time '7:30'",
    ("352:r103", "two weeks"): "'In two weeks he turns 18' is tagged as the week 2021-W23, not P2W or 2021-06-11",
    ("352:r106", "the hour"): "'spent the hour after school' (a duration PT1H) is not tagged",
    ("352:r107", "Every Makar Sankranti"): "'Every Makar Sankranti' (a yearly festival, 14 January) is not tagged",
    ("353:r029", "spring"): "'open ... throughout spring' (Sydney, spring under way) is read as next year's, 2017-SP",
    (
        "353:r040",
        "October",
    ): "'expect 2022 ... a new Paris fair debuting in October': read as the past October, 2021-10",
    ("353:r057", "Nov. 15"): "'it will sell ... at its Nov. 15 evening sale': read as the past Nov. 15, 2016, not 2017",
    ("353:r066", "9 p.m."): "'the evening before the opening, from 6 to 9 p.m.': put on opening day May 21, not May 20",
    ("353:r105", "8pm"): "'on the Monday until 8pm' is left undated (XXXX-XX-XXT20:00), not tied to Monday 1 December",
    (
        "353:r105",
        "the Monday",
    ): "'an evening view on the Monday' (within 29 Nov-2 Dec) is read as next Monday, 2025-11-10",
    (
        "354:r003",
        "Thursday night",
    ): "'Thursday night's game', said on a Thursday, is read as next week's, 2018-11-15, not tonight",
    ("354:r017", "August"): "'the 2024-25 campaign, which started in August' is read as August 2023, not 2024",
    (
        "354:r017",
        "the end of March",
    ): "'2024-25 campaign ... by the end of March' is read as the past March, 2024-03, not 2025-03",
    (
        "354:r038",
        "Christmas",
    ): "'over Christmas' is anchored to the earlier 'March 2012' and read as 2011-12-25, not 2017",
    (
        "354:r090",
        "every Saturday at 9am",
    ): "'every Saturday at 9am' is split into a SET 'every Saturday' and an undated TIME '9am'",
    (
        "355:r005",
        "every Tuesday at 7 p.m.",
    ): "'every Tuesday at 7 p.m.' is split into a SET 'every Tuesday' and an undated TIME '7 p.m.'",
    ("355:r015", "2"): "in '2 to 6 p.m. Sunday' the range start '2' is not tagged (2 p.m. Sunday, 2021-03-14)",
    ("355:r015", "9:30"): "'Monday morning at 9:30' is read as 21:30 (T21:30) despite 'morning'",
    ("355:r029", "6pm"): "'the evening before at 6pm' is put on the Mass day, 13 September, not the 12th",
    (
        "355:r029",
        "the evening before",
    ): "'the evening before' (the Tuesday 13 September Mass) is not tagged; meant 2016-09-12TEV",
    ("355:r042", "7:30"): "'5 to 7 p.m. Thursday ... a service of remembrance at 7:30' is read as 07:30, not 19:30",
    ("355:r050", "6"): "in '6 to 8 p.m. Friday' the range start '6' is not tagged (6 p.m. Friday, 2025-10-31)",
    ("355:r056", "3.00"): "'from 3.00 to 4.00 pm' is read with '3.00' as 03:00; the 'pm' covers both, 15:00",
    ("355:r058", "1"): "in 'Feb. 10, same time, 1 to 4 p.m.' the range start '1' is not tagged (13:00 on Feb. 10)",
    (
        "355:r058",
        "Saturday",
    ): "'Snow forced ... to postpone Saturday's open house' is read as last Saturday, 01-20, not 01-27",
    ("355:r063", "Sept. 14"): "'plans a public memorial on ... Sept. 14' is read as the past Sept. 14, 2019, not 2020",
    (
        "355:r065",
        "11am",
    ): "'the service ... begins at 11am' is put on the publication day, 04-27, not the funeral, 04-30",
    ("355:r074", "7 p.m.@53"): "'Maundy Thursday at 7 p.m.' is put on Good Friday, 2025-04-18, not Thursday, 04-17",
    (
        "355:r076",
        "Sunday afternoon",
    ): "'the funeral that was to follow on Sunday afternoon' is read as last Sunday, 01-18, not 01-25",
    (
        "355:r091",
        "Saturday",
    ): "'died ... on Saturday' is anchored to 'Born July 4, 1946' and read as 1946-07-06, not 2021",
    (
        "355:r093",
        "Wednesday",
    ): "'Summer hours ... begin Wednesday' is read as last Wednesday, 05-25, not tomorrow, 06-01",
    ("355:r094", "11 o'clock"): "'Requiem Mass at 11 o'clock' is put on the past Wednesday, 2023-02-22, not 2023-03-01",
    (
        "355:r094",
        "Wednesday morning@123",
    ): "'House private on Wednesday morning' is read as last Wednesday, 2023-02-22, not 03-01",
    (
        "355:r094",
        "Wednesday morning@56",
    ): "'Funeral arriving ... on Wednesday morning' is read as last Wednesday, 02-22, not 03-01",
    (
        "259:r069",
        "the spring",
    ): "a plan overtaken ('originally pencilled in for the spring but was delayed'): read as the spring ahead",
    (
        "356:r017",
        "Friday, 31 January 2025",
    ): "'Friday, 31 January 2025 at 17:00 CET' is tagged whole as a TIME; the DATE alone was expected",
    ("356:r038", "March"): "'Covid-19 restrictions in place since March' is March 2020; read as 2017-03",
    ("356:r038", "months"): "'preparations are months behind' (a DURATION PXM) is not tagged",
    ("356:r043", "Thursday evening"): "'Thursday evening sessions' (a weekly SET) is tagged as one TIME, 2022-06-30TEV",
    ("356:r047", "Onam"): "'before Onam on September 15': the festival name Onam (2024-09-15) is not tagged",
    ("356:r049", "the 3rd"): "'the last convoy came through on the 3rd' is 2025-11-03; read as 2025-09-03",
    ("356:r059", "World Refugee Day"): "'On World Refugee Day' (the publication day, 2019-06-20) is not tagged",
    ("356:r074", "December"): "'needed through December' is December 2025; read as last December, 2024-12",
    ("356:r080", "12 May"): "'2015 earthquakes struck Nepal on 12 May' is 2015-05-12; read as 2017-05-12",
    (
        "356:r080",
        "the end of fiscal year 2018",
    ): "'the end of fiscal year 2018' is written as the calendar year 2018, not FY2018",
    (
        "356:r092",
        "the turn of the decade",
    ): "'by the turn of the decade' (2020): only 'the decade' is tagged, as the 2010s (201)",
    ("356:r104", "Independence Day"): "'On Independence Day' (2020-08-15 here) is read as July 4, 2020-07-04",
    ("356:r107", "another winter"): "'preparing for another winter' (2024-WI) is not tagged",
    ("357:r023", "a month"): "'an extra £50 a month' (a rate) is tagged as a duration P1M, not a SET",
    ("357:r031", "Wednesday"): "'rate hike on Wednesday' (past, 2022-05-04) is read as next Wednesday, 2022-05-11",
    ("357:r041", "a month"): "'save about $60 a month' (a rate) is tagged as a duration P1M, not a SET",
    ("357:r045", "8pm"): "'by 8pm on Tuesday' (2022-09-27, the day before) is read as next Tuesday, 2022-10-04T20:00",
    (
        "357:r045",
        "Tuesday",
    ): "'pull all its products by 8pm on Tuesday' is 2022-09-27; read as next Tuesday, 2022-10-04",
    ("357:r054", "FY25"): "fiscal years are written as calendar ones (FY25 -> 2025), not FY2025",
    (
        "357:r070",
        "the second half",
    ): "'first half of 2019 before easing in the second half' is 2019-H2; read as 2018-H2",
    ("357:r077", "A year later"): "'March 2007 ... A year later' is 2008-03; tagged with year precision only, 2008",
    ("357:r080", "the next day"): "'The RBI on Friday ... SBI said the next day' is 2020-03-28; read as 2020-06-01",
    ("357:r084", "the third quarter"): "'inflation would peak ... in the third quarter' is 2025-Q3; read as 2024-Q3",
    ("357:r085", "today"): "'1970s ... today it's nearer eight' is generic PRESENT_REF; tagged as the date 2020-09-12",
    ("357:r087", "the 1st"): "'twice a month now: rent on the 1st' (a monthly SET) is tagged as one date, 2022-05-01",
    ("357:r087", "the 15th"): "'energy on the 15th' (a monthly SET) is tagged as one date, 2022-05-15",
    ("357:r104", "May"): "in January 2024, 'a cut before May' is May 2024; read as last May, 2023-05",
    ("358:r018", "annual"): "'its annual public lecture' (a SET P1Y) is not tagged",
    (
        "358:r021",
        "several hundred thousand years",
    ): "'over several hundred thousand years' (a DURATION PXY) is not tagged",
    (
        "358:r032",
        "the next week",
    ): "'a 5 percent chance ... in the next week' (a DURATION P1W) is tagged as the date 2022-W39",
    (
        "358:r032",
        "the following month",
    ): "'1 percent over the following month' (a DURATION P1M) is tagged as the date 2022-10",
    ("358:r032", "the coming week"): "'expected in the coming week' (a DURATION P1W) is tagged as the date 2022-W39",
    (
        "358:r039",
        "a Tuesday",
    ): "'Thirty years ago today ... on a Tuesday' is 1989-10-17; 'Tuesday' is tagged as 2019-10-15",
    (
        "358:r049",
        "the next century",
    ): "'another in the next century' (a DURATION P100Y) is tagged as the date 21 (the 21st century)",
    ("358:r054", "May"): "'go between May and October' (any year, XXXX-05) is read as 2023-05",
    ("358:r054", "October"): "'go between May and October' (any year, XXXX-10) is read as 2023-10",
    ("358:r059", "October"): "'buried in AD 79, probably in October' is 0079-10; read as 2019-10",
    ("358:r059", "24 August"): "'AD 79 ... rather than on 24 August' is 0079-08-24; read as 2019-08-24",
    ("358:r062", "annual"): "'its annual risk outlook' (a SET P1Y) is not tagged",
    ("358:r071", "April"): "'2010 eruption ... for six days in April' is 2010-04; read as 2017-04",
    ("358:r084", "12.51pm"): "'at 12.51pm on Sunday' (coming, 2026-02-22) is read as last Sunday, 2026-02-15T12:51",
    (
        "358:r084",
        "Sunday",
    ): "'a minute's silence ... on Sunday' is the coming Sunday, 2026-02-22; read as last one, 2026-02-15",
    (
        "358:r088",
        "the fourth quarter",
    ): "in September 2024, 'slipped to the fourth quarter' is 2024-Q4; read as 2023-Q4",
    ("358:r096", "years"): "'continue for months, possibly years' (a DURATION PXY) is not tagged",
    (
        "358:r108",
        "nightfall",
    ): "'ordered residents ... to leave by nightfall' (Saturday evening, 2021-07-31TEV) is not tagged",
    (
        "359:r013",
        "Today",
    ): "'Today the median company that lists' (general present) is resolved to 2024-11-06, not PRESENT_REF",
    ("359:r023", "per quarter"): "'one new check per quarter' (a SET P3M) is not tagged",
    (
        "359:r038",
        "the end of the decade",
    ): "'promised in 2011 ... by the end of the decade' is the 2010s (201); read as the 2020s, 202",
    ("359:r043", "2 a.m."): "'we'd ship code at 2 a.m.' (habitual, no day) is anchored to 2020-10-06T02:00, not T02:00",
    ("359:r044", "a year earlier"): "'double the figure a year earlier' is 2014-12; read as the day 2014-12-25",
    ("359:r046", "fiscal 2025"): "'For fiscal 2025' is tagged as calendar year 2025, not FY2025",
    (
        "359:r047",
        "Monday",
    ): "'unable to make payroll on Monday' (Sunday ref) is 2023-03-13; read as last Monday, 2023-03-06",
    (
        "359:r052",
        "Thursday",
    ): "'After Thursday's bridge round' is last Thursday, 2025-03-13; read as next Thursday, 2025-03-20",
    ("359:r057", "5 o'clock"): "'more from the company's founder at 5 o'clock' is 17:00; read as 2016-06-14T05:00",
    ("359:r059", "FY25"): "'revenue of ₹412 crore in FY25' is tagged as calendar year 2025, not FY2025",
    ("359:r060", "1999"): "'by 1999 firms were raising billion-dollar funds' is not tagged",
    (
        "359:r060",
        "the quarter-century",
    ): "'barely changed in the quarter-century since' (a duration P25Y) is not tagged",
    (
        "359:r065",
        "Today",
    ): "'Today the city counts 14 venture-backed companies' is resolved to 2021-08-22, not PRESENT_REF",
    ("359:r072", "last fiscal"): "'rose to ₹1,840 crore last fiscal' (FY2024) is not tagged",
    ("359:r072", "this fiscal"): "'aims to cross ₹3,000 crore this fiscal' (FY2025) is not tagged",
    ("359:r079", "H2"): "'enter pilot production in H2' (2025-H2) is not tagged",
    (
        "359:r085",
        "7:30 a.m.",
    ): "'first Monday of each month, starting at 7:30 a.m.' is anchored to 2019-03-18T07:30, not T07:30",
    (
        "359:r088",
        "the end of the financial year",
    ): "'before the end of the financial year in June' (FY2025) is not tagged",
    ("359:r105", "first year"): "'earned an average of £38,000 in their first year' (a duration P1Y) is not tagged",
    ("360:r011", "lunchtime"): "'allowed back in by lunchtime' is tagged 2015-09-15TMI, not 2015-09-15TMD",
    (
        "360:r023",
        "a fortnight ago",
    ): "'the murder of a teenager in Peckham a fortnight ago' is the day 2019-01-08; tagged as week 2019-W02",
    ("360:r025", "14 August"): "'marked the date, 14 August' (the 1987 date, or yearly) is read as 2021-08-14",
    (
        "360:r043",
        "the coming week",
    ): "'throughout the coming week' (Monday ref) is 2024-W25; read as the next week, 2024-W26",
    (
        "360:r064",
        "the bank holiday weekend",
    ): "'Following the bank holiday weekend' (Tuesday ref) is 2026-W18-WE; read as 2026-W19-WE",
    (
        "360:r065",
        "Christmas Eve",
    ): "'a Christmas Eve night out' is tagged as 'Christmas Eve night', TIME 2018-12-24TNI, not the date",
    ("360:r068", "years"): "'the wait stretches into years' (a duration PXY) is not tagged",
    ("360:r092", "the coming years"): "'In the coming years' is tagged as a duration PXY, not the date FUTURE_REF",
    (
        "360:r099",
        "2pm",
    ): "'this morning ... preserved until 2pm' is 2019-03-18T14:00; read as the day before, 2019-03-17",
    ("361:r019", "10"): "'phased out over 10 to 15 years' (the 10 a duration P10Y) is not tagged",
    (
        "361:r034",
        "fiscal 2023",
    ): "'penalties of $1.5 billion in fiscal 2023' is tagged as calendar year 2023, not FY2023",
    ("361:r034", "fiscal 2025"): "'more staff in fiscal 2025' is tagged as calendar year 2025, not FY2025",
    (
        "361:r048",
        "Wednesday",
    ): "'ratified ... on Wednesday' is last Wednesday, 2020-01-29; read as next Wednesday, 2020-02-05",
    (
        "362:r004",
        "Saturday",
    ): "'Saturday's catastrophic conditions' is last Saturday, 2020-01-04; read as next, 2020-01-11",
    (
        "362:r004",
        "Thursday",
    ): "'climb back above 40C by Thursday' is next Thursday, 2020-01-09; read as last, 2020-01-02",
    ("362:r015", "March"): "'A rare March heatwave' (2026-03) is not tagged",
    ("362:r032", "this season"): "'38 heatwave days this season' (2024-SU) is not tagged",
    ("362:r033", "24"): "'restored within 24 to 48 hours' (the 24 a duration PT24H) is not tagged",
    ("362:r041", "autumn"): "'after a wetter-than-expected autumn' (2018-FA) is not tagged",
    ("362:r041", "per day"): "'50 litres per person per day' (a SET P1D) is not tagged",
    ("362:r047", "annual"): "'its annual wildfire preparedness workshop' (a SET P1Y) is not tagged",
    (
        "362:r073",
        "fiscal 2025",
    ): "'$4.2 billion on wildfire mitigation in fiscal 2025' is tagged as calendar year 2025, not FY2025",
    (
        "362:r082",
        "9 a.m.",
    ): "'between 9 a.m. and 8 p.m.' (any day) is anchored to 2018-06-15T09:00, not XXXX-XX-XXT09:00",
    (
        "362:r082",
        "8 p.m.",
    ): "'between 9 a.m. and 8 p.m.' (any day) is anchored to 2018-06-15T20:00, not XXXX-XX-XXT20:00",
    ("362:r088", "spring"): "'runs each autumn and spring' (a SET XXXX-SP) is tagged as the date 2021-SP",
    ("362:r091", "2"): "'between 2 and 8 p.m. on Monday' is next Monday, 2022-07-11T14:00; read as 2022-07-04T14:00",
    (
        "362:r091",
        "8 p.m.",
    ): "'between 2 and 8 p.m. on Monday' is next Monday, 2022-07-11T20:00; read as 2022-07-04T20:00",
    (
        "362:r091",
        "Monday",
    ): "'conserve power ... on Monday' (Friday ref) is next Monday, 2022-07-11; read as last, 2022-07-04",
    (
        "362:r093",
        "May",
    ): "'dry season, which runs roughly from May through October' is any year, XXXX-05; read as 2024-05",
    (
        "362:r093",
        "October",
    ): "'dry season, which runs roughly from May through October' is any year, XXXX-10; read as 2023-10",
    ("362:r095", "this season"): "'Total area burned this season' (2024) is not tagged",
    ("362:r105", "1 September"): "'start ... to 1 September', said in May 2023, is 2023-09-01; read as 2022-09-01",
    (
        "363:r015",
        "the end of the second quarter",
    ): "'by the end of the second quarter' is 2021-Q2; 'the second quarter' is tagged as 2020-Q2",
    (
        "363:r023",
        "the 2017 financial year",
    ): "'the 2017 financial year' (FY2017) is tagged as just '2017', the calendar year",
    ("363:r044", "hours"): "'hours after its chief executive resigned' is PXH; tagged as PTXH",
    ("363:r051", "quarterly"): "'quarterly installments' (a SET P3M) is not tagged",
    ("364:r015", "annual"): "'the annual presentation' (a SET P1Y) is not tagged",
    ("364:r036", "the long weekend"): "'over the long weekend, from Friday 5 May' is 2023-W18-WE; read as 2023-W16-WE",
    ("364:r041", "the morning"): "'Monday, the morning of the funeral' (2022-09-19TMO) is not tagged",
    ("364:r047", "King's Day"): "'to celebrate King's Day' on Saturday, 2024-04-27, is not tagged",
    ("364:r049", "annual"): "'the annual Garter Service' (a SET P1Y) is not tagged",
    ("364:r063", "Constitution Day"): "'marked Constitution Day ... today', 2015-05-17, is not tagged",
    ("364:r068", "5am"): "'first service starting at 5am' is today, 2025-02-06; anchored to 6 February 1840 instead",
    ("364:r081", "late September"): "'holds its holiday in late September' is generic, XXXX-09; read as 2019-09",
    (
        "364:r081",
        "early October",
    ): "'late September or early October' (a yearly holiday) is generic, XXXX-10; read as 2019-10",
    ("364:r083", "New Year"): "'published twice a year, at New Year' is generic, XXXX-01-01; read as 2022-01-01",
    ("364:r083", "June"): "'official birthday in June' (each year) is generic, XXXX-06; read as 2022-06",
    ("364:r086", "March"): "'a state visit postponed from March', in September, is 2023-03; read as 2024-03",
    ("364:r090", "Accession Day"): "'Gun salutes marked Accession Day today', 2023-09-08, is not tagged",
    ("365:r001", "Christmas"): "'walk out before Christmas', said in November, is 2022-12-25; read as 2021-12-25",
    (
        "365:r010",
        "the spring",
    ): "in December, 'a further review in the spring' is next spring; read as 2020-SP, not 2021-SP",
    ("365:r011", "5pm"): "'from 5pm on Bank Holiday Monday' is 2015-05-25T17:00; anchored to today, 2015-05-13",
    ("365:r011", "Bank Holiday Monday"): "'Bank Holiday Monday' is 2015-05-25; only 'Monday' is tagged, as 2015-05-18",
    ("365:r028", "August"): "'further dates in August could follow', said in June, is 2019-08; read as 2018-08",
    ("365:r036", "24"): "'on October 23 and 24': the bare '24' (2018-10-24) is not tagged",
    ("365:r060", "24-hour"): "'a 24-hour Tube strike' (a duration PT24H) is not tagged",
    (
        "365:r102",
        "around 6.30pm",
    ): "'around 6.30pm' on both strike days is T18:30; anchored to March 11, 2025-03-11T18:30",
    (
        "366:r015",
        "fiscal year 2020",
    ): "fiscal years are written as calendar ones ('fiscal year 2020' -> 2020), not FY2020",
    (
        "366:r021",
        "9 a.m. Monday",
    ): "'report ... at 9 a.m. Monday' is next Monday, 2016-04-04; read as last Monday, 2016-03-28",
    ("366:r030", "fiscal 2025"): "'fiscal 2025' (FY2025) is tagged as 'the fiscal 2025', calendar year 2025",
    ("366:r030", "a year earlier"): "'a year earlier' than the fiscal 2025 season is FY2024 (or 2023); read as 2024",
    ("366:r044", "14"): "'between 14 and 19 months': the bare '14' (P14M) is not tagged",
    ("366:r044", "this financial year"): "'the caps set for this financial year' (Australian FY2017) is not tagged",
    ("366:r047", "Sept. 30"): "in December, 'the fiscal year closes on Sept. 30' is 2025-09-30; read as 2026-09-30",
    (
        "366:r067",
        "fiscal year 2023",
    ): "'fiscal year 2023' (FY2023) is tagged as 'the fiscal year 2023', calendar year 2023",
    ("366:r074", "two"): "'lasting two and four years': the bare 'two' (P2Y) is not tagged",
    ("366:r078", "11 p.m."): "'at 11 p.m. on a Sunday' (any Sunday) is XXXX-WXX-7T23:00; read as today, 2016-05-15",
    ("366:r078", "a Sunday"): "'on a Sunday' (an unspecified Sunday, XXXX-WXX-7) is not tagged",
    ("366:r090", "FY 2027"): "fiscal years are written as calendar ones ('FY 2027' -> 2027), not FY2027",
    ("366:r095", "annual"): "'the annual ceiling' (a SET P1Y) is not tagged",
    ("366:r095", "fiscal 1980"): "fiscal years are written as calendar ones ('fiscal 1980' -> 1980), not FY1980",
    (
        "367:r001",
        "Thursday",
    ): "'the Gold Cup ... on Thursday' is this Thursday, 2024-06-20; read as last Thursday, 2024-06-13",
    ("367:r006", "the weekend"): "'throughout the weekend' after Friday 1 July is 2022-W26-WE; read as 2022-W25-WE",
    ("367:r018", "the end of the decade"): "'by the end of the decade' is the 2020s (202); read as the 1970s, 197",
    ("367:r019", "7.30am"): "'today's ... 7.30am inspection' is 2018-02-21T07:30; anchored to Tuesday, 2018-02-20",
    ("367:r026", "today"): "'3pm AEDT today' is tagged as one TIME; 'today' (2015-11-03) was expected as its own DATE",
    ("367:r026", "afternoon"): "'a forecast of afternoon showers' (today, 2015-11-03TAF) is not tagged",
    ("367:r028", "today"): "'4.30pm today' is tagged as one TIME; the DATE 'today' alone was expected",
    ("367:r038", "the first quarter"): "'fixtures in the first quarter' (2017-Q1) is not tagged",
    ("367:r039", "today"): "'5.15pm today' is tagged as one TIME; the DATE 'today' alone was expected",
    ("367:r040", "today"): "'today the main event rarely begins' (generic, PRESENT_REF) is read as the date 2015-06-10",
    (
        "367:r040",
        "11 p.m. Eastern",
    ): "'rarely begins before 11 p.m. Eastern' (a generic time) is anchored to 2015-06-10T23:00",
    ("367:r041", "the spring"): "in October, 'a rematch for the spring' is next spring, 2020-SP; read as 2019-SP",
    ("367:r045", "9am"): "'Roads close at 9am ... on Saturday' is Jun 6; 9am is anchored to the reference day, Jun 5",
    ("367:r046", "Monday"): "'from Monday to Thursday' in the festival from July 30 is 2018-07-30; read as 2018-07-23",
    (
        "367:r046",
        "Thursday",
    ): "'Monday to Thursday' in the festival week is 2018-08-02; 'Thursday' is read as 2018-07-26",
    (
        "367:r046",
        "the final Sunday",
    ): "'the final Sunday' of the festival is 2018-08-05; only 'Sunday' is tagged, as 2018-07-22",
    (
        "367:r054",
        "4.05pm AEST",
    ): "'at Randwick today ... at 4.05pm AEST' is 2017-04-08; anchored to last Saturday, 2017-04-01",
    ("367:r062", "1.30"): "'the drivers' parade began at 1.30' before a 3pm start is 13:30; read as 01:30",
    (
        "367:r073",
        "the opening evening",
    ): "'the opening evening' of the festival from Tuesday next week (2018-04-24TEV) is not tagged",
    ("367:r078", "late November"): "'move to a new date in late November from next year' is 2020-11; read as 2019-11",
    (
        "367:r085",
        "midday",
    ): "'In 1990 ... at midday on a Saturday' (generic) is anchored to the reference day, 2020-05-20T12:00",
    ("367:r085", "today"): "'in today's pay-per-view era' (PRESENT_REF) is read as the date 2020-05-20",
    ("367:r099", "the final day"): "'the highlight of the final day' (Saturday, 2026-08-01) is not tagged",
    (
        "368:r002",
        "18 March",
    ): "'from the 18 March draw', a past draw, is 2015-03-18; 'the 18 March' is tagged as 2016-03-18",
    ("368:r012", "6:30"): "'early-bird games at 6:30' after 5 p.m. doors is T18:30; read as 2016-09-08T06:30",
    ("368:r023", "Monday"): "'reopen from Monday' is next Monday, 2020-11-02; read as last Monday, 2020-10-26",
    (
        "368:r029",
        "Thursday evening",
    ): "'draws every Monday and Thursday evening' (a SET) is tagged as one date, 2019-03-28TEV",
    ("368:r036", "midnight"): "'from midnight' as betting opens Sunday is 2023-01-01T00:00; tagged as 2023-01-01T24:00",
    ("368:r049", "Monday"): "'with Monday joining the ... draws' (a weekly SET) is tagged as the date 2021-08-23",
    (
        "368:r049",
        "Wednesday",
    ): "'the long-standing Wednesday ... draws' (a weekly SET) is tagged as the date 2021-08-25",
    ("368:r049", "Saturday"): "'Wednesday and Saturday draws' (a weekly SET) is tagged as the date 2021-08-28",
    ("368:r054", "a year earlier"): "'June alone was down 8.6% from a year earlier' is 2018-06; read as 2018-H1",
    ("368:r057", "November"): "'a 52% chance of winning in November' is 2024-11; read as last November, 2023-11",
    (
        "368:r066",
        "Friday night",
    ): "'Friday night's EuroMillions jackpot has hit the cap' is 2022-07-15TNI; read as 2022-07-08TNI",
    ("368:r078", "9:55"): "'It's 9:55 ... Tonight's jackpot' (2017-08-19T21:55) is not tagged",
    (
        "368:r083",
        "Friday",
    ): "'a year after Friday's drawing' (to July 29, 2023) is 2022-07-29; read as next Friday, 2022-08-05",
    ("368:r086", "per day"): "'one entry per person per day' (a SET P1D) is not tagged",
    ("368:r088", "six"): "'for between six and 12 months' ('six' as P6M) is not tagged",
    (
        "368:r091",
        "Christmas",
    ): "'the weeks before Christmas', said of a typical year (XXXX-12-25), is tagged as 2021-12-25",
    ("368:r097", "8:59 p.m."): "'sales end at 8:59 p.m. on draw nights' (generic) is anchored to 2020-02-06T20:59",
    ("368:r097", "9:05"): "'a ticket bought at 9:05' (generic, T21:05) is anchored to 2020-02-06T21:05",
    ("368:r107", "June 28"): "'the grand prize draw on June 28' is 2024-06-28; read as last year, 2023-06-28",
    ("369:r019", "10:00"): "'normal opening hours, 10:00 to 17:30 daily' ('10:00', T10:00) is not tagged",
    ("369:r027", "August 24"): "'erupted in AD 79 - on August 24' is 0079-08-24; read as 2019-08-24",
    ("369:r027", "October"): "'erupted in AD 79 ... or in October' is 0079-10; read as 2018-10",
    ("369:r040", "about 8.30"): "'by the time the light went at about 8.30' is 20:30; read as 08:30",
    ("369:r048", "fiscal 2020"): "'further cuts in fiscal 2020' is FY2020; written as the calendar year 2020",
    ("369:r049", "Twelfth Night"): "'from Boxing Day until Twelfth Night' (2016-01-05) is not tagged",
    ("369:r061", "fiscal 2023"): "'a $40 million budget for fiscal 2023' is FY2023; written as the calendar year 2023",
    ("369:r071", "950"): "'a Viking sword dated to between 950 and 1050' (year 0950) is not tagged",
    ("369:r071", "1050"): "'dated to between 950 and 1050' (year 1050) is not tagged",
    ("369:r090", "Tuesday 11 October"): "'free entry on Tuesday 11 October' is 2022-10-11; read as 1983-10-11",
    ("369:r090", "8pm"): "'open until 8pm' on 'Tuesday 11 October' is read as 1983-10-11T20:00, not 2022-10-11T20:00",
    ("369:r094", "8pm"): "'open on weekday evenings until 8pm' is recurring; read as 2019-07-01T20:00, not bare T20:00",
    ("369:r095", "7:05"): "'Good morning, it's 7:05' (clock time, 2016-06-14T07:05) is not tagged",
    (
        "369:r101",
        "Monday",
    ): "on a Friday, 'Full report on Monday' is next Monday 09-27; read as last Monday, 2021-09-20",
    ("369:r101", "1272"): "'who reigned 1272-1307': the start year 1272 is not tagged",
    ("369:r101", "1307"): "'who reigned 1272-1307': the end year 1307 is not tagged",
    (
        "369:r102",
        "February 9, AD 711",
    ): "'February 9, AD 711' is split: 'February 9' read as 2020-02-09, 'AD 711' as 0711",
    ("370:r010", "a week"): "'£159.55 a week' (a rate) is tagged as a duration P1W, not a SET",
    ("370:r020", "quarterly"): "'the consultancy's quarterly tracker' (a SET P3M) is not tagged",
    ("370:r027", "hours"): "'within hours' is given the value PTXH; PXH was expected",
    ("370:r028", "January 2024"): "'from January 2024' is tagged only as 'January', read as 2023-01, not 2024-01",
    ("370:r032", "31 July"): "'the original 31 July deadline' is read as 2022-07-31; 2023-07-31 was expected",
    ("370:r044", "September"): "in November, 'September's inflation figure' is past, 2022-09; read as 2023-09",
    (
        "370:r050",
        "1 April each year",
    ): "'1 April each year' is split into DATE XXXX-04-01 and SET P1Y, not one SET XXXX-04-01",
    ("370:r055", "March"): "'indexed twice a year, in March' (a SET XXXX-03) is read as the DATE 2024-03",
    ("370:r055", "September"): "'twice a year, in March and September' (a SET XXXX-09) is read as the DATE 2023-09",
    ("370:r056", "July 1"): "in October, 'effective from July 1' with arrears is 2023-07-01; read as 2024-07-01",
    ("370:r066", "a week"): "'£139 a week' (a rate) is tagged as a duration P1W, not a SET",
    ("370:r071", "10 qualifying years"): "'have not built up 10 qualifying years' (a duration P10Y) is not tagged",
    ("370:r073", "March"): "'will pay March benefits' (2015-03) is not tagged",
    ("370:r073", "a week"): "'a week late' (a duration P1W) is tagged as a SET P1W",
    ("370:r078", "Monday"): "on a Saturday, 'from Monday' is next Monday 07-01; read as last Monday, 2024-06-24",
    ("370:r104", "every full year"): "'just under 5.8% for every full year' (a SET P1Y) is not tagged",
    ("371:r027", "overnight"): "'went down again overnight' (2022-02-25TNI) is not tagged",
    ("371:r039", "January"): "in December, 'the January attack' of this year is 2023-01; read as 2024-01",
    ("371:r047", "years ago"): "'flaws fixed years ago' (PAST_REF) is not tagged",
    ("371:r061", "today"): "'today's automated attacks' (generic, PRESENT_REF) is read as the date 2025-11-12",
    ("371:r064", "11"): "'offline again tonight from 11 until 5 a.m.' is 23:00; read as 11:00, 2026-02-03T11:00",
    ("371:r072", "May"): "'halting May's global ransomware outbreak' (2017-05) is not tagged",
    ("371:r097", "May 15"): "in July, 'starting May 15' is past, 2023-05-15; read as 2024-05-15",
    ("371:r099", "months"): "'the disruption could last months' (a duration PXM) is not tagged",
    (
        "371:r103",
        "11 days",
    ): "'stop getting security fixes in 11 days' (a duration P11D) is tagged as the date 2025-10-14",
    (
        "371:r108",
        "around 10 p.m. Friday",
    ): "on a Sunday, 'starting around 10 p.m. Friday' is Apr 12; read as next Friday, 2024-04-19",
    ("372:r002", "11pm"): "'will be called at 11pm from next Monday' (a time of day) is anchored to 2015-03-11T23:00",
    ("372:r004", "5"): "'runs from 5 to 7 every weekday': the start '5' (T17:00) is not tagged",
    ("372:r004", "7"): "'runs from 5 to 7 every weekday': the end '7' (T19:00) is not tagged",
    ("372:r004", "every weekday"): "'runs from 5 to 7 every weekday' (a SET XXXX-WXX-WD) is not tagged",
    ("372:r007", "1.30am"): "'six years of 1.30am lockouts' (a time of day) is anchored to 2022-02-23T01:30",
    ("372:r008", "1 am"): "'must now shut by 1 am' (a time of day) is anchored to 2017-05-09T01:00",
    ("372:r013", "4 a.m."): "'serving alcohol after 4 a.m.' (a time of day) is anchored to 2023-04-20T04:00",
    ("372:r014", "3pm"): "'the carvery stops at 3pm sharp' (a time of day) is anchored to 2024-05-26T15:00",
    ("372:r015", "midnight"): "'between midnight and 6am' (a time of day): 'midnight' is anchored to 2015-10-08T00:00",
    ("372:r015", "6am"): "'between midnight and 6am' (a time of day): '6am' is anchored to 2015-10-08T06:00",
    ("372:r016", "late spring"): "'the terrace open from late spring' (2026-SP) is not tagged",
    ("372:r018", "11pm"): "'ordered to stop trading at 11pm' (a time of day) is anchored to 2021-01-29T23:00",
    ("372:r020", "6 a.m."): "'stay open until 6 a.m.' (a time of day) is anchored to 2023-06-09T06:00",
    ("372:r026", "Friday"): "'1am on Friday and Saturday nights' (a SET of Fridays) is read as the date 2017-08-11",
    ("372:r039", "fiscal 2025"): "'fiscal 2025' is written as calendar year 2025, not FY2025",
    (
        "372:r044",
        "6 pm",
    ): "'from 6 pm to 11 pm for now' (a general hour) is anchored to Friday, 2021-07-09T18:00, not T18:00",
    (
        "372:r044",
        "11 pm",
    ): "'from 6 pm to 11 pm for now' (a general hour) is anchored to Friday, 2021-07-09T23:00, not T23:00",
    ("372:r046", "the 90s"): "'in the 90s' (the 1990s decade, 199) is not tagged",
    (
        "372:r050",
        "midday",
    ): "'open from midday' over the festival is anchored to the reference day, 2019-08-20T12:00, not T12:00",
    (
        "372:r050",
        "11pm",
    ): "'until 11pm across all four days' is anchored to the reference day, 2019-08-20T23:00, not T23:00",
    (
        "372:r053",
        "2am",
    ): "'until 2am, on up to 104 nights' is anchored to the reference day, 2021-09-13T02:00, not T02:00",
    ("372:r054", "2.30"): "'kitchen shuts between 2.30' is read as 02:30 in the morning, not 14:30",
    ("372:r054", "5.30"): "'and 5.30' (the kitchen reopening at 17:30) is not tagged",
    (
        "372:r054",
        "8.45pm",
    ): "'after 8.45pm' (a general hour) is anchored to the reference day, 2019-08-08T20:45, not T20:45",
    ("372:r064", "century-old"): "'The century-old pub' (a duration of P100Y) is not tagged",
    ("372:r066", "2 a.m."): "'the 2 a.m. cutoff' (a general hour) is anchored to Tuesday, 2020-02-04T02:00, not T02:00",
    ("372:r072", "fiscal year 2026"): "'fiscal year 2026' is written as calendar year 2026, not FY2026",
    ("372:r077", "11pm"): "'last orders at 11pm' (a general rule) is anchored to the reference day, 2015-07-08T23:00",
    ("372:r084", "nine"): "'closes at nine on weeknights' (21:00) is not tagged",
    ("372:r084", "ten"): "'and ten at weekends' (22:00) is not tagged",
    (
        "372:r085",
        "midnight",
    ): "'after midnight' (a general rule) is anchored to the reference day, 2020-08-07T24:00, not T24:00",
    ("372:r095", "4"): "'runs 4-6pm' - the range start '4' (16:00) is not tagged",
    ("372:r095", "Monday"): "'4-6pm Monday to Thursday' (every Monday) is tagged as next Monday, 2025-02-24, not a SET",
    ("372:r095", "Thursday"): "'Monday to Thursday' (every Thursday) is tagged as the date 2025-02-27, not a SET",
    (
        "372:r097",
        "11:30 p.m.",
    ): "'open until 11:30 p.m.' is anchored to 'Oct. 6', 2019-10-06T23:30, not the general hour T23:30",
    ("372:r101", "a year"): "'15 of them a year' (a rate, SET P1Y) is tagged as a duration P1Y, not a SET",
    ("372:r103", "1am"): "'the 1am lockout' (a general hour) is anchored to the reference day, 2016-02-10T01:00",
    ("372:r105", "7.30"): "'by 7.30 on a Friday' (evening, 19:30) is read as 07:30 on the reference day, 2026-09-12",
    ("372:r105", "10"): "'stop seating at 10 sharp' (22:00) is not tagged",
    ("373:r011", "07:15"): "'the 07:15 sailing' (a departure time) is not tagged",
    (
        "373:r015",
        "yesterday",
    ): "'at 10:45 yesterday' is tagged as one TIME, 2017-11-02T10:45, not 'yesterday' alone as a DATE",
    ("373:r020", "annual"): "'The annual 52-day trawling ban' (a SET P1Y) is not tagged",
    ("373:r028", "FY2022"): "'up 8% on FY2022' is written as calendar year 2022, not FY2022",
    (
        "373:r028",
        "the first half of the 2024 financial year",
    ): "'first half of the 2024 financial year' is split: 'the first half' 2023-H1 and '2024'; not FY2024-H1",
    ("373:r043", "0615"): "'0615 by the ship's clock' (06:15 this morning) is not tagged",
    ("373:r043", "a day"): "'150 miles a day' (a rate, SET P1D) is not tagged",
    ("373:r073", "April"): "'summer 2026 season ... between April' is read as April 2025, not 2026-04",
    ("373:r073", "October"): "'between April and October' of the 2026 season is read as October 2025, not 2026-10",
    ("373:r084", "per night"): "'charged per night' (a rate, SET P1D) is not tagged",
    ("373:r084", "per week"): "'rather than per week' (a rate, SET P1W) is not tagged",
    ("373:r086", "0510"): "'at 0510 local time' is put on the previous day, 2018-01-18T05:10, not 2018-01-19T05:10",
    ("373:r108", "two"): "'two to three weeks' - the range start 'two' (P2W) is not tagged",
    ("273:r046", "March"): "'held twice a year, in December and March' (any year) is read as this year's, 2022-03",
    ("223:r108", "July"): "'the Club World Cup in June and July' (already held) is read as next July, 2026-07",
    ("282:r067", "Thursday"): "'runs Thursday through Saturday, from 9 a.m. until roughly 4 p.m.' read as a timetable",
    ("282:r067", "Saturday"): "'runs Thursday through Saturday, from 9 a.m. until roughly 4 p.m.' read as a timetable",
    ("345:r077", "the same quarter of 2014"): "'the first quarter of its financial year' is read as Q1, 2014-Q1",
    ("374:r001", "6:40 a.m."): "'6:40 a.m.' after '11 p.m. Sunday' is Monday, 2024-05-20; read as Sunday, 2024-05-19",
    ("374:r030", "40"): "'between 40 and 45 days': the bare '40' (a DURATION P40D) is not tagged",
    (
        "374:r037",
        "about two weeks",
    ): "'reach the east coast in about two weeks' (a DURATION P2W) is tagged as the DATE 2021-W11",
    ("374:r042", "fiscal 2019"): "'fiscal 2019' is written as the calendar year 2019, not FY2019",
    ("374:r051", "75 years later"): "'until 1999, 75 years later' is 1999 (or P75Y); read as 75 years from now, 2074",
    ("374:r087", "this season"): "'394 Everest permits this season' (2021-SP or 2021) is not tagged",
    (
        "374:r099",
        "the weekend",
    ): "on a Monday, 'snowfalls over the weekend' is the past weekend, 2021-W28-WE; read as 2021-W29-WE",
    ("374:r103", "25"): "'25 to 30 days': the bare '25' (a DURATION P25D) is not tagged",
    ("375:r001", "2:05:41"): "race time 'in 2:05:41' (a DURATION PT2H5M41S) is not tagged",
    ("375:r006", "2:29:10"): "race time 'clocked 2:29:10' (a DURATION PT2H29M10S) is not tagged",
    ("375:r011", "2:04:52"): "race time 'in 2:04:52' (a DURATION PT2H4M52S) is not tagged",
    ("375:r011", "61:58"): "halfway split 'in 61:58' (a DURATION PT1H1M58S) is not tagged",
    ("375:r015", "a week"): "'90 kilometres a week' (a rate, SET P1W) is not tagged",
    ("375:r016", "8:40"): "'It is 8:40 here' (a TIME, 2019-10-13T08:40) is not tagged",
    ("375:r016", "29:51"): "split '10 kilometres in 29:51' (a DURATION PT29M51S) is not tagged",
    (
        "375:r021",
        "Monday morning",
    ): "'sets off ... on Monday morning' is next Monday, 2016-07-11; read as last Monday, 2016-07-04",
    (
        "375:r031",
        "late September",
    ): "in July 2023, 'finale ... in late September' is 2023-09; read as last year, 2022-09",
    ("375:r034", "1:38:12"): "split '1:38:12 for the first half' (a DURATION PT1H38M12S) is not tagged",
    ("375:r034", "1:49:40"): "split '1:49:40 for the second' (a DURATION PT1H49M40S) is not tagged",
    ("375:r043", "15"): "'15 to 18 hours': the bare '15' (a DURATION PT15H) is not tagged",
    ("375:r044", "Thursday"): "'Thursday's 5K' is next Thursday, 2019-11-28; read as last Thursday, 2019-11-21",
    ("375:r046", "2:13:03"): "race time 'running 2:13:03' (a DURATION PT2H13M3S) is not tagged",
    ("375:r050", "three seasons"): "'the second time in three seasons' (racing seasons, a DURATION P3Y) is not tagged",
    ("375:r051", "fiscal 2025"): "'fiscal 2025' is written as the calendar year 2025, not FY2025",
    ("375:r058", "1:43:20"): "split '35 kilometres in 1:43:20' (a DURATION PT1H43M20S) is not tagged",
    ("375:r062", "24:18"): "parkrun time '24:18' (a DURATION PT24M18S) is not tagged",
    (
        "375:r070",
        "around 4 p.m.",
    ): "'in past years has been around 4 p.m.' is a generic time; read as Saturday, 2016-08-20T16:00",
    ("375:r074", "2:08:44"): "race time 'in 2:08:44' (a DURATION PT2H8M44S) is not tagged",
    ("375:r080", "40 days"): "'run from Perth to Sydney in 40 days' (a DURATION P40D) is tagged as the DATE 2026-04-20",
    ("375:r080", "dawn"): "'setting off at dawn on April 1' (2026-04-01TMO) is not tagged",
    ("375:r084", "31:47"): "'a 5K in 31:47' (a DURATION PT31M47S) is not tagged",
    ("375:r084", "the spring"): "in January, 'a half in the spring' is next spring, 2018-SP; read as 2017-SP",
    ("375:r087", "spring"): "'race only twice a year, in spring' is a generic season XXXX-SP; read as 2023-SP",
    ("375:r087", "autumn"): "'twice a year, in spring and autumn' is a generic season XXXX-FA; read as 2022-FA",
    ("375:r088", "7:41:16"): "'course record of 7:41:16' (a DURATION PT7H41M16S) is not tagged",
    ("375:r095", "3:12:05"): "'a marathon PB of 3:12:05' (a DURATION PT3H12M5S) is not tagged",
    (
        "375:r104",
        "Independence Day",
    ): "'Independence Day' is expected as Aug 15, 2021-08-15; read as July 4, 2021-07-04",
    ("375:r108", "4"): "'up at 4' (a TIME, 2020-02-09T04:00) is not tagged",
    ("375:r108", "5"): "'in the pool by 5' (a TIME, 2020-02-09T05:00) is not tagged",
    ("376:r011", "15"): "'15 to 20 years': the bare '15' (a DURATION P15Y) is not tagged",
    ("376:r012", "fiscal 2024"): "'fiscal 2024' is written as the calendar year 2024, not FY2024",
    ("376:r023", "22"): "'22 or 23 hours a day': the bare '22' (a DURATION PT22H) is not tagged",
    ("376:r029", "the fortnight"): "'walk out ... within the fortnight' (a DURATION P2W) is not tagged",
    (
        "376:r034",
        "eight weeks",
    ): "'gets out on licence in eight weeks' (P8W or 2025-12-20) is tagged as the week 2025-W51",
    ("376:r034", "3pm"): "'by 3pm on the day he's released' (T15:00 or 2025-12-20) is read as today, 2025-10-25T15:00",
    (
        "376:r048",
        "about seven years",
    ): "'eligible for parole in about seven years' (a DURATION P7Y) is tagged as the DATE 2023",
    ("376:r074", "overnight"): "'died of natural causes overnight' (the night of 2026-11-05) is not tagged",
    ("376:r075", "a calendar year"): "'14 days of furlough in a calendar year' (a SET P1Y) is tagged as a DURATION P1Y",
    ("376:r084", "Christmas"): "'Christmas in prison is the loneliest day' is generic XXXX-12-25; read as 2016-12-25",
    ("376:r084", "2pm"): "'the one in 2009 ... banged up from 2pm' is 2009-12-25T14:00; read as 2016-12-25T14:00",
    (
        "376:r084",
        "half past eleven in the morning",
    ): "'the one in 2009 ... half past eleven in the morning' is 2009-12-25; read as 2016-12-25T11:30",
    ("376:r088", "7pm"): "curfew 'between 7pm and 7am' is a generic T19:00; read as Tuesday, 2019-06-04T19:00",
    ("376:r088", "7am"): "curfew 'between 7pm and 7am' is a generic T07:00; read as 2019-06-05T07:00",
    ("376:r100", "16"): "'from 16 to 21 years': the bare '16' (a DURATION P16Y) is not tagged",
    ("377:r040", "6 am"): "'6 am on the day of the incident' (in 2020) is read as the sitting day, 2022-10-04T06:00",
    ("377:r040", "9 am"): "'9 am on the day of the incident' (in 2020) is read as the sitting day, 2022-10-04T09:00",
    ("377:r052", "early autumn"): "'originally promised for early autumn' (2015-FA) is not tagged",
    ("377:r063", "last March"): "in June 2021, 'held remotely since last March' is 2020-03; read as 2021-03",
    ("377:r069", "16.30"): "'finish no later than 16.30 each day' (a generic TIME T16:30) is not tagged",
    ("377:r079", "the weeks"): "'what ministers knew in the weeks before' (a DURATION PXW) is not tagged",
    ("377:r080", "Quarterly"): "'Quarterly progress reports' (a SET P3M) is not tagged",
    (
        "377:r085",
        "Wednesday 3 June 2020",
    ): "'Wednesday 3 June 2020 at 10:30am' is tagged as one TIME; expected the DATE 2020-06-03 alone",
    ("377:r106", "weeks"): "'again weeks before it failed' (a DURATION PXW) is not tagged",
    ("378:r004", "Autumn"): "'Autumn proper has arrived' (2018-FA) is not tagged",
    (
        "378:r013",
        "11 o'clock at night",
    ): "'combines running until 11 o'clock at night' is a habitual T23:00; read as 2015-08-26T23:00",
    ("378:r014", "Republic Day"): "'held twice a year around Republic Day' is generic XXXX-01-26; read as 2016-01-26",
    (
        "378:r014",
        "Independence Day",
    ): "'around ... Independence Day' is generic Aug 15, XXXX-08-15; read as July 4, 2016-07-04",
    ("378:r017", "May"): "'that cold, wet May' (2019-05) is not tagged",
    ("378:r023", "spring"): "'Perth's spring has been the driest' (2025-SP, Sep-Nov) is not tagged",
    ("378:r025", "Twelfth Night"): "'the poinsettia that gives up by Twelfth Night' (2020-01-05) is not tagged",
    ("378:r025", "six"): "'six to eight weeks': the bare 'six' (a DURATION P6W) is not tagged",
    ("378:r035", "4am"): "'robins are singing at 4am' is a habitual T04:00; read as Sunday, 2024-01-07T04:00",
    ("378:r038", "seven"): "'seven to ten years': the bare 'seven' (a DURATION P7Y) is not tagged",
    ("378:r042", "autumn"): "'Bulb importers expect autumn prices' (2019-FA) is not tagged",
    ("378:r047", "mid-November"): "in October 2024, 'transplanted in mid-November' is 2024-11; read as 2023-11",
    ("378:r048", "hours"): "'saves hours with the loppers' (a DURATION PTXH) is not tagged",
    ("378:r059", "8pm"): "'8pm on the Friday' of the 11-14 May festival is 2023-05-12; read as 2023-05-19",
    ("378:r059", "the Friday"): "'the Friday' of the 11-14 May festival is 2023-05-12; read as 2023-05-19",
    ("378:r060", "summer"): "'after the dullest summer in a decade' (2024-SU) is not tagged",
    ("378:r063", "February"): "'then in February shorten' is generic or next February; read as last February, 2015-02",
    (
        "378:r065",
        "next year",
    ): "'February 23 next year' is tagged as one date 2018-02-23; 'next year' (2018) is not separate",
    ("378:r069", "Lammas"): "'Lammas ... falls tomorrow' (2021-08-01) is not tagged",
    ("378:r069", "Michaelmas"): "'by Michaelmas' in grandfather's day is generic (XXXX-09-29); read as 2020-09-29",
    ("378:r072", "a fortnight"): "'ends in a fortnight' is tagged as a date 2024-W22, not a duration P2W",
    ("378:r081", "three weeks"): "'clocks go back in three weeks' is tagged as week 2017-W43, not P3W or 2017-10-29",
    ("378:r084", "a good week"): "'a good week ahead of Candlemas' (a duration P1W) is not tagged",
    (
        "378:r092",
        "nearly 7.30pm",
    ): "'light until nearly 7.30pm' today; read as yesterday, 2023-03-26T19:30, without 'nearly'",
    ("378:r096", "seven"): "'seven to ten days' is not tagged; 'seven' was expected as P7D",
    ("378:r100", "next year"): "'May next year' is tagged as one date 2027-05; 'next year' (2027) is not separate",
    ("378:r101", "all weekend"): "'free entry all weekend' (2026-W45-WE) is not tagged",
    ("378:r102", "another two"): "'another two to three weeks' is not tagged; 'another two' was expected as P2W",
    ("378:r104", "two"): "'two or three weeks later' is not tagged for 'two' (P2W)",
    ("378:r104", "three weeks"): "'three weeks later' is tagged as a date 2016-W24, not a duration P3W",
    ("378:r107", "Last day of the year"): "'Last day of the year' (2025-12-31) is tagged only as 'the year', 2025",
    ("379:r015", "spring"): "'their spring peak' (2017-SP) is not tagged",
    ("379:r037", "six-second"): "'the six-second video app' (a duration PT6S) is not tagged",
    ("379:r042", "2 am"): "'I wrote it at 2 am' on an unstated day (XXXX-XX-XXT02:00); read as 2023-10-10T02:00",
    ("379:r055", "2021"): "'the 2011-vs-2021 glow-up post' is not tagged for 2021",
    ("379:r058", "the quarter"): "'during the quarter' of fiscal 2024 is FY2024-Q4; read as calendar 2023-Q4",
    ("379:r062", "Friday's"): "'Friday's post' on April Fool's Day is 2016-04-01; read as next Friday, 2016-04-08",
    ("379:r065", "around the 14th"): "'every December, somewhere around the 14th' (XXXX-12-14) is not tagged",
    ("379:r068", "4/20"): "'April 20, or 4/20' is not tagged for '4/20' (2021-04-20)",
    (
        "379:r073",
        "the first three months of 2025",
    ): "'the first three months of 2025' (2025-Q1) is split into a duration P3M and 2025",
    ("379:r073", "a year earlier"): "'than a year earlier' (vs Q1 2025) is 2024-Q1; read as the whole year 2024",
    ("379:r087", "8 a.m."): "'breakfast at 8 a.m.' in a daily schedule is generic; read as today, 2020-03-18T08:00",
    ("379:r087", "3"): "'free time from 3 to 5 p.m.' in a daily schedule is generic; '3' read as 2020-03-18T15:00",
    ("379:r087", "5 p.m."): "'from 3 to 5 p.m.' in a daily schedule is generic; '5 p.m.' read as 2020-03-18T17:00",
    ("379:r090", "11am"): "'the 11am press conference' held every day is generic; read as today, 2021-08-10T11:00",
    ("379:r097", "the weekend"): "'dead by the weekend' after a Tuesday in October; read as this week's, 2023-W46-WE",
    (
        "379:r099",
        "the next morning",
    ): "'by the next morning' after the May 6 gala is 2024-05-07TMO; read as 2024-05-02TMO",
    ("379:r105", "Singles' Day"): "'Today is Singles' Day' (2025-11-11) is not tagged",
    ("379:r105", "Nov. 11"): "'the Nov. 11 shopping festival' is its annual date (XXXX-11-11); read as 2025-11-11",
    ("379:r105", "midnight"): "'since midnight' today is 2025-11-11T00:00; written as 2025-11-10T24:00",
    ("380:r003", "The Glorious Twelfth"): "'The Glorious Twelfth got under way ... today' (2019-08-12) is not tagged",
    ("380:r003", "spring"): "'a cold, wet spring' (2019-SP) is not tagged",
    ("380:r005", "per day"): "'two per person per day' (a SET P1D) is not tagged",
    ("380:r006", "one-half hour"): "'one-half hour before sunrise' (a duration PT30M) is not tagged",
    ("380:r007", "annual"): "'The annual 61-day monsoon fishing ban' (a SET P1Y) is not tagged",
    ("380:r016", "annual"): "'The 61-day annual fishing ban' (a SET P1Y) is not tagged",
    ("380:r021", "annual"): "'its annual kids' fishing derby' (a SET P1Y) is not tagged",
    ("380:r023", "7 October"): "'close season ... from 7 October' is a generic annual date; read as 2016-10-07",
    ("380:r023", "14 March"): "'from 7 October to 14 March' is generic or 2016-03-14; read as 2017-03-14",
    ("380:r025", "winter"): "'It's been a poor winter' in February (2023-WI) is not tagged",
    ("380:r029", "noon"): "'instead of ending at noon' is a generic daily cut-off; read as 2017-05-01T12:00",
    ("380:r034", "7"): "'Tip-ups out by 7' this morning (2022-01-09T07:00) is not tagged",
    ("380:r037", "autumn"): "'their best autumn in a decade' (2024-FA) is not tagged",
    ("380:r044", "5:45"): "'set up by 5:45' this morning is 05:45; read as the evening, 2017-09-24T17:45",
    ("380:r044", "6:38"): "'legal shooting time was 6:38' this morning (2017-09-24T06:38) is not tagged",
    (
        "380:r049",
        "2 p.m. Saturday",
    ): "'2 p.m. Saturday' at the Jan. 23-25 expo is Jan 24; read as last Saturday, 2015-01-10",
    ("380:r060", "the Glorious Sixteenth"): "'the Glorious Sixteenth' tomorrow (2024-06-16) is not tagged",
    ("380:r062", "fiscal 2025"): "'fiscal 2025' (FY2025) is written as the calendar year 2025",
    ("380:r062", "the current fiscal year"): "'the current fiscal year' (FY2026) is written as the calendar year 2026",
    ("380:r065", "6 p.m."): "'a weekly close time, from 6 p.m. on Friday' is generic; read as 2017-05-26T18:00",
    (
        "380:r065",
        "Friday",
    ): "'weekly close time ... on Friday' is generic (XXXX-WXX-5); read as last Friday, 2017-05-26",
    ("380:r065", "6 a.m."): "'to 6 a.m. on Monday' in a weekly close time is generic; read as 2017-05-29T06:00",
    ("380:r065", "Monday"): "'6 a.m. on Monday' weekly is generic (XXXX-WXX-1); read as 2017-05-29",
    ("380:r070", "5"): "'before 5' tomorrow (2022-09-03T17:00) is not tagged",
    ("380:r078", "autumn"): "'the mild autumn' (2017-FA) is not tagged",
    ("380:r093", "the 24th"): "'This year I've booked the 24th off' (2020-12-24) is not tagged",
    ("380:r096", "7am"): "'between 7am and 1pm' on monthly open days is generic; '7am' read as 2022-02-20T07:00",
    ("380:r096", "1pm"): "'between 7am and 1pm' on monthly open days is generic; '1pm' read as 2022-02-20T13:00",
    ("380:r102", "annual"): "'China's annual summer fishing moratorium' (a SET P1Y) is not tagged",
    (
        "380:r102",
        "next year",
    ): "'Aug. 16 next year' is tagged as one date 2017-08-16; 'next year' (2017) is not separate",
    ("380:r104", "10"): "'sit until at least 10' on Saturday (2018-10-20T10:00) is not tagged",
    ("380:r106", "annual"): "'the annual ban on mechanised fishing' (a SET P1Y) is not tagged",
    ("381:r001", "15 free hours"): "'15 free hours of childcare a week' (a duration PT15H) is not tagged",
    ("381:r002", "8.35am"): "'between 8.35am and 8.50am from Monday' is a daily time; '8.35am' read as 2018-09-13",
    ("381:r002", "8.50am"): "'between 8.35am and 8.50am from Monday' is a daily time; '8.50am' read as 2018-09-13",
    ("381:r002", "Monday"): "'from Monday' is next Monday, 2018-09-17; read as last Monday, 2018-09-10",
    ("381:r012", "8am"): "'ran from 8am to 6pm' last year is a generic time; '8am' read as Friday 2015-10-23T08:00",
    ("381:r012", "6pm"): "'ran from 8am to 6pm' last year is a generic time; '6pm' read as Friday 2015-10-23T18:00",
    ("381:r018", "12"): "'between 12 and 15 hours of sleep' is not tagged for '12' (PT12H)",
    ("381:r023", "9am"): "'open from 9am to 6pm on all working days' is generic; '9am' read as 2019-02-15T09:00",
    ("381:r023", "6pm"): "'open from 9am to 6pm on all working days' is generic; '6pm' read as 2019-02-15T18:00",
    ("381:r023", "all working days"): "'on all working days' (a SET XXXX-WXX-WD) is not tagged",
    ("381:r025", "a week"): "'30 hours a week' (a rate) is tagged as a duration P1W, not a SET",
    ("381:r029", "July"): "'the first grants paid in July' is next July, 2026-07; read as last July, 2025-07",
    ("381:r031", "a day"): "'an hour a day at most' (a rate) is tagged as a duration P1D, not a SET",
    ("381:r034", "Summer vacation"): "'Summer vacation' (the school holiday, 2018-SU) is not tagged",
    ("381:r035", "nine"): "'not once sat down before nine' (habitually 9pm) is not tagged",
    ("381:r036", "a week"): "'15 hours a week' (a rate) is tagged as a duration P1W, not a SET",
    ("381:r037", "7am"): "'offering places from 7am to 7pm' is anchored to 2023-04-03; expected unanchored T07:00",
    ("381:r037", "7pm"): "'offering places from 7am to 7pm' is anchored to 2023-04-03; expected unanchored T19:00",
    (
        "381:r038",
        "8am",
    ): "'patrol ... between 8am and 9.15am' is anchored to the reference day; expected unanchored T08:00",
    (
        "381:r038",
        "9.15am",
    ): "'patrol ... between 8am and 9.15am' is anchored to the reference day; expected unanchored T09:15",
    (
        "381:r038",
        "2.45pm",
    ): "'and again from 2.45pm' is anchored to the reference day 2015-05-21; expected unanchored T14:45",
    (
        "381:r042",
        "the summer break",
    ): "'almost four weeks into the summer break' (the school holiday, 2024-SU) is not tagged",
    ("381:r047", "the summer break"): "'reopen after the summer break' (the school holiday, 2025-SU) is not tagged",
    ("381:r049", "quarterly"): "'the quarterly process' (a SET P3M) is not tagged",
    ("381:r052", "years"): "'after years of a flat rate' (a vague duration PXY) is not tagged",
    (
        "381:r054",
        "about 5pm",
    ): "'the stretch between about 5pm and 8pm' is anchored to 2024-02-25; expected unanchored T17:00",
    (
        "381:r054",
        "8pm",
    ): "'the stretch between about 5pm and 8pm' is anchored to 2024-02-25; expected unanchored T20:00",
    ("381:r059", "9.15"): "'Nativity tomorrow at 9.15' is 2025-12-11; read as 9.15 on Christmas Day, 2025-12-25",
    (
        "381:r061",
        "8am",
    ): "'sessions running from 8am to 5.30pm' is anchored to 30 August 2019; expected unanchored T08:00",
    (
        "381:r061",
        "5.30pm",
    ): "'sessions running from 8am to 5.30pm' is anchored to 30 August 2019; expected unanchored T17:30",
    (
        "381:r070",
        "9am",
    ): "'online classes ... from 9am to 12 noon' is anchored to 2022-01-31; expected unanchored T09:00",
    (
        "381:r070",
        "12 noon",
    ): "'from 9am to 12 noon' is tagged as 'noon' only, anchored to 2022-01-31; expected unanchored T12:00",
    ("381:r076", "new year"): "'a break of 17 days over Christmas and new year' (2023-01-01) is not tagged",
    (
        "381:r080",
        "7am",
    ): "'routines ... have the baby up at 7am' is anchored to the reference day; expected unanchored T07:00",
    ("381:r080", "9am"): "'routines ... napping at 9am' is anchored to the reference day; expected unanchored T09:00",
    (
        "381:r080",
        "12",
    ): "'routines ... again from 12 to 2.30pm' is anchored to the reference day; expected unanchored T12:00",
    (
        "381:r080",
        "2.30pm",
    ): "'routines ... again from 12 to 2.30pm' is anchored to the reference day; expected unanchored T14:30",
    ("381:r081", "quarterly"): "'payments made quarterly' (a SET P3M) is not tagged",
    (
        "381:r082",
        "7am",
    ): "'the 7am breakfast club' is anchored to the reference day 2024-06-28; expected unanchored T07:00",
    ("381:r082", "six"): "'the last pick-up at six' (6pm, T18:00) is not tagged",
    ("381:r083", "15 January"): "in November 2025, 'apply ... by 15 January' is 2026-01-15; read as 2023-01-15",
    ("381:r083", "16 April"): "in November 2025, 'offers made on 16 April' is 2026-04-16; read as 2023-04-16",
    ("381:r085", "six days"): "'six days a week' is tagged whole as a SET P1W; expected 'six days' as a duration P6D",
    ("381:r086", "8.30"): "'lights out at 8.30' (evening, T20:30) is read as 08:30 on the reference day 2021-11-26",
    ("381:r086", "8.15"): "'then 8.15' (lights out, T20:15) is not tagged",
    ("381:r086", "8"): "'then 8' (lights out, T20:00) is not tagged",
    (
        "381:r086",
        "the end of the month",
    ): "after 'a fortnight in October', 'by the end of the month' is 2021-10; read as 2021-11",
    ("381:r086", "7.45"): "'asleep by 7.45' (evening, T19:45) is read as 07:45 on the reference day 2021-11-26",
    (
        "381:r088",
        "the school holidays",
    ): "'during the school holidays, from 25 July to 2 September' (2022-SU) is not tagged",
    (
        "381:r092",
        "Saturday-morning",
    ): "'the Saturday-morning stay-and-play sessions' (a SET) is tagged as one TIME, 2026-02-14TMO",
    ("381:r092", "the end of the financial year"): "'until the end of the financial year' (2026-03) is not tagged",
    ("381:r108", "12"): "'Pick-up is at 12 this week' (noon, T12:00) is not tagged",
    ("382:r011", "September"): "'the 1972 match ... took the title by September' is 1972-09; read as 2014-09",
    (
        "382:r019",
        "today",
    ): "'today the path runs through online qualifiers' (nowadays) is tagged 2017-09-21, not PRESENT_REF",
    ("382:r033", "2026"): "'the Harbour Puzzle Hunt 2026' (the year 2026 in an event name) is not tagged",
    (
        "382:r053",
        "today",
    ): "'a free phone app plays better chess today' (nowadays) is tagged 2016-09-29, not PRESENT_REF",
    ("382:r058", "fiscal 2015"): "fiscal years are written as calendar ones ('fiscal 2015' -> 2015), not FY2015",
    ("382:r058", "FY2017"): "fiscal years are written as calendar ones (FY2017 -> 2017), not FY2017",
    ("382:r063", "the second half"): "'expect the second half to be slower' (of 2017, 2017-H2) is not tagged",
    (
        "382:r066",
        "late December",
    ): "'began ... on 14 November 1843 ... until late December' is 1843-12; read as 2018-12",
    ("382:r074", "1 July"): "in May 2017, 'From 1 July' is 2017-07-01; read as 2016-07-01",
    ("382:r080", "months"): "'over months or even years' (a vague duration PXM) is not tagged",
    (
        "382:r098",
        "winter",
    ): "'matches a week during winter' is read as the date 2015-WI; expected a SET XXXX-WI or 2016-WI",
    ("382:r099", "quarterly"): "'the publisher's quarterly puzzle magazine' (a SET P3M) is not tagged",
    (
        "382:r100",
        "Tuesday",
    ): "on Friday, 'Tuesday's junior session is cancelled' is 2015-10-27; read as last Tuesday, 2015-10-20",
    ("382:r104", "4 o'clock"): "'It's 4 o'clock here in St Louis' is expected as 16:00; read as 04:00 on 2022-06-06",
    (
        "383:r002",
        "5.30pm",
    ): "'after the 5.30pm cut-off' (a generic cut-off) is anchored to 2019-04-18; expected unanchored T17:30",
    ("383:r017", "November"): "'Last December ... compared with November' is 2024-11; read as 2025-11",
    (
        "383:r018",
        "4:30 p.m.",
    ): "'Payments posted after 4:30 p.m.' (a generic cut-off) is anchored to 2018-04-01; expected T16:30",
    (
        "383:r019",
        "the weekend",
    ): "on Monday 2016-12-19, 'over the weekend' is 2016-W51-WE; read as the one before, 2016-W50-WE",
    (
        "383:r034",
        "Independence Day",
    ): "'branches shut for Independence Day on Tuesday' is 2023-08-15; read as July 4, 2023-07-04",
    ("383:r034", "Tuesday"): "'Independence Day on Tuesday' is today, 2023-08-15; 'Tuesday' is read as 2023-07-04",
    ("383:r035", "Sunday"): "'between now and Sunday' is next Sunday, 2024-12-29; read as last Sunday, 2024-12-22",
    ("383:r082", "Mahavir Jayanti"): "'March 29 and 30 for Mahavir Jayanti' (2018-03-29) is not tagged",
    (
        "383:r082",
        "Wednesday",
    ): "'complete urgent transactions by Wednesday' is 2018-03-21; read as last Wednesday, 2018-03-14",
    (
        "383:r089",
        "Nov. 30",
    ): "in October 2021, 'waive overdraft fees ... through Nov. 30' is 2021-11-30; read as 2020-11-30",
    (
        "383:r090",
        "Thursday",
    ): "on Friday 2022-06-03, 'bank holidays on Thursday' is 2022-06-02; read as next Thursday, 2022-06-09",
    (
        "383:r090",
        "Friday",
    ): "on Friday 2022-06-03, 'on Thursday and Friday' is today, 2022-06-03; read as next Friday, 2022-06-10",
    ("383:r091", "under 300 milliseconds"): "'today it takes under 300 milliseconds' (a duration PT0.3S) is not tagged",
    ("383:r094", "a Friday"): "'Sell on a Friday' (any Friday, XXXX-WXX-5) is not tagged",
    (
        "383:r094",
        "the following Monday",
    ): "'Sell on a Friday and the cash lands the following Monday' (XXXX-WXX-1) is read as 2024-06-03",
    ("383:r101", "daily"): "'the normal daily rate' (a SET P1D) is not tagged",
    (
        "384:r007",
        "three waiting days",
    ): "'payable after three waiting days' is tagged only as 'days', a vague PXD; expected P3D",
    ("384:r008", "Aug. 1"): "in June 2022, 'pay affected staff through Aug. 1' is 2022-08-01; read as 2021-08-01",
    (
        "384:r020",
        "Sunday",
    ): "on Saturday 2022-12-31, 'rises ... on Sunday' is 2023-01-01; read as last Sunday, 2022-12-25",
    ("384:r021", "10pm"): "'with laptops open at 10pm' (generic) is anchored to 2020-09-13; expected XXXX-XX-XXT22:00",
    (
        "384:r029",
        "every 24-hour period",
    ): "'rest in every 24-hour period' (a SET) is tagged only as '24-hour', a duration PT24H",
    ("384:r035", "9.30pm"): "'at 9.30pm on a Sunday, a week before Christmas' is 2022-12-18; read as 2023-03-08T21:30",
    ("384:r035", "a Sunday"): "'on a Sunday, a week before Christmas' is 2022-12-18; read as last Sunday, 2023-03-05",
    ("384:r041", "July"): "'in hospital for much of July' after a 2020 dismissal is 2020-07; read as 2021-07",
    ("384:r048", "6am"): "'start before 6am' is a generic clock time; anchored to the reference date, 2017-10-26T06:00",
    ("384:r048", "7pm"): "'finish after 7pm' is a generic clock time; anchored to the reference date, 2017-10-26T19:00",
    ("384:r051", "six"): "'six or 12 months': the first member 'six' (P6M) is not tagged",
    ("384:r053", "Jan. 1"): "in Nov 2024, 'would have lifted it ... on Jan. 1' is 2025-01-01; read as 2024-01-01",
    ("384:r056", "40"): "'from 40 to 37.5 hours': the first member '40' (PT40H) is not tagged",
    (
        "384:r066",
        "7am",
    ): "'visits booked for 7am' is a generic clock time; anchored to the reference date, 2018-01-12T07:00",
    ("384:r067", "the next two leave years"): "'the next two leave years' (a duration P2Y) is not tagged",
    ("384:r068", "three waiting days"): "'three waiting days' is P3D; only 'days' is tagged, as PXD",
    ("384:r069", "any week"): "'45 hours in any week' (a SET P1W) is not tagged",
    ("384:r069", "a week"): "'five days or fewer a week' (a SET P1W) is tagged as a duration P1W, not a SET",
    (
        "384:r072",
        "9.30pm",
    ): "'between 9.30pm and 7am' is a generic time; anchored to the reference date, 2024-03-09T21:30",
    ("384:r072", "7am"): "'between 9.30pm and 7am' is a generic time; anchored to the next day, 2024-03-10T07:00",
    ("384:r075", "6am"): "'who start at 6am' is a generic clock time; anchored to the reference date, 2019-07-21T06:00",
    (
        "384:r080",
        "the end of fiscal 2026",
    ): "'the end of fiscal 2026' is expected as FY2026; tagged as the calendar year 2026",
    ("384:r088", "July 1"): "'from July 1 backdated claims will be capped' is 2015-07-01; read as 2014-07-01",
    ("384:r103", "three"): "'from six months to three': the second member 'three' (P3M) is not tagged",
    ("384:r105", "a quarter"): "'75 hours in a quarter' (a SET P3M) is tagged as a duration P3M, not a SET",
    ("384:r108", "six days"): "'six days a week' is tagged as one SET P1W; 'six days' was expected as a duration P6D",
    ("384:r108", "today"): "'the average today' (nowadays) is PRESENT_REF; tagged as the reference date 2017-05-31",
    ("385:r012", "fiscal 2025"): "'fiscal 2025' is expected as FY2025; tagged as the calendar year 2025",
    (
        "385:r014",
        "late afternoon",
    ): "'sessions for late afternoon' is generic, XXXX-XX-XXTAF; anchored to the reference date 2017-02-14",
    ("385:r020", "every single evening"): "'every single evening' (a SET XXXX-XX-XXTEV) is not tagged",
    (
        "385:r052",
        "the following weekend",
    ): "'Bonfire Night and over the following weekend' is 2024-W45-WE; read as 2024-W46-WE",
    ("385:r068", "late summer"): "'butterflies that emerge in late summer' is generic, XXXX-SU; read as 2015-SU",
    ("385:r068", "spring"): "'those born in spring' is generic, XXXX-SP; read as 2016-SP",
    ("385:r068", "two"): "'two to six weeks': the first member 'two' (P2W) is not tagged",
    ("385:r073", "about six weeks"): "'in about six weeks' (a duration P6W) is tagged as a date, 2016-W46",
    ("385:r075", "the decade"): "'the decade to 2014' (a duration P10Y) is tagged as a date, the decade '201'",
    ("385:r082", "today"): "'nearly 15 today' (nowadays) is PRESENT_REF; tagged as the reference date 2023-06-14",
    ("385:r086", "around 8"): "'a marsh harrier around 8' on Saturday (2018-05-05T08:00) is not tagged",
    ("385:r092", "December"): "in Feb 2017, 'one last championship in December' is 2017-12; read as 2016-12",
    ("385:r097", "the end of July"): "'leave by the end of July' is generic, XXXX-07; read as 2021-07",
    ("385:r097", "mid-July"): "'from late May to mid-July' is generic, XXXX-07; read as 2021-07",
    ("385:r103", "10:00"): "'this Sunday, 10:00-15:00': the start time 10:00 (2023-10-01T10:00) is not tagged",
    ("385:r103", "15:00"): "'this Sunday, 10:00-15:00': the end time 15:00 (2023-10-01T15:00) is not tagged",
    ("385:r105", "December"): "'chicks fledged in December and January' is generic, XXXX-12; read as 2025-12",
    ("385:r105", "January"): "'chicks fledged in December and January' is generic, XXXX-01; read as 2026-01",
    ("385:r108", "12"): "'12 to 16 hours a day': the first member '12' (PT12H) is not tagged",
    (
        "385:r108",
        "the early morning",
    ): "'most active in the early morning' is generic, XXXX-XX-XXTMO; anchored to 2019-10-27",
    (
        "385:r108",
        "the evening",
    ): "'the early morning and the evening': 'the evening' (generic, XXXX-XX-XXTEV) is not tagged",
    ("386:r002", "14 clear days"): "'on 14 clear days' notice' (a duration P14D) is not tagged",
    ("386:r024", "90"): "'no fewer than 90 and no more than 120 days': the first member '90' (P90D) is not tagged",
    ("386:r027", "A year earlier"): "'A year earlier, in May 2017' is 2017-05; read as the year 2017",
    ("386:r059", "30 June"): "'the financial year-end on 30 June' is XXXX-06-30 or 2022-06-30; read as 2023-06-30",
    ("386:r068", "a whole day"): "'could last a whole day' (a duration P1D) is not tagged",
    ("386:r068", "today"): "'investors would recognise today' (nowadays) is PRESENT_REF; tagged as 2026-01-13",
    ("386:r108", "today"): "'livelier than it is today' is PRESENT_REF; tagged as the reference date 2026-05-10",
    ("387:r010", "Sankranti 2025"): "'a Sankranti 2025 release' (Jan 14, 2025-01-14) is not tagged",
    ("387:r025", "fiscal 2025"): "'air in fiscal 2025' is expected as FY2025; tagged as the calendar year 2025",
    ("387:r028", "a fortnight"): "'scripts a fortnight in advance' (a duration P2W) is tagged as a SET P2W",
    (
        "387:r030",
        "Independence Day 2020",
    ): "'Independence Day 2020' is expected as Aug 15, 2020-08-15; read as July 4, 2020-07-04",
    (
        "387:r032",
        "the following winter",
    ): "'her 2014 debut, which she edited over the following winter' is 2014-WI; read as 2015-WI",
    (
        "387:r085",
        "the end of FY2025",
    ): "'the end of FY2025' is FY2025; only 'FY2025' is tagged, as the calendar year 2025",
    (
        "387:r086",
        "the winter",
    ): "in Mar 2025, 'filming in Hobart ... in the winter' is 2025-WI (June-August); read as 2024-WI",
    ("387:r087", "four"): "'four to five years': the first member 'four' (P4Y) is not tagged",
    (
        "387:r088",
        "Memorial Day weekend 2016",
    ): "'Memorial Day weekend 2016' is split; 'Memorial Day weekend' read as 2015-W21-WE, not 2016",
    ("387:r091", "Pongal"): "'ahead of the film's Pongal release' (Jan 15, 2019-01-15) is not tagged",
    ("387:r093", "2021"): "'Maybe 2021?' (the year 2021) is not tagged",
    (
        "387:r094",
        "the autumn",
    ): "in Nov 2021, 'shooting ... early part of next year ... by the autumn' is 2022-FA; read as 2021-FA",
    ("388:r036", "Saturday"): "'the Tour rolls out on Saturday' is the coming Saturday, 2025-07-12; read as 2025-07-05",
    ("388:r040", "August"): "in May 2015, 'the world championships in August' is 2015-08; read as 2014-08",
    ("388:r048", "eight"): "'eight to 10 weeks': the first member 'eight' (P8W) is not tagged",
    ("388:r053", "A year earlier"): "'A year earlier' than the March 2013 ban is 2012-03; read as 2011",
    ("388:r061", "per year"): "'three per athlete per year' (a SET P1Y) is not tagged",
    ("388:r065", "hours"): "'hours before her 100m semi-final' is PXH; tagged with the time form PTXH",
    (
        "388:r068",
        "two-and-a-half-year",
    ): "'two-and-a-half-year suspension' is P2Y6M; tagged with the fractional value P2.5Y",
    ("388:r070", "today"): "'today the biological passport' (nowadays) is PRESENT_REF; tagged as 2020-10-06",
    ("388:r070", "years"): "'blood values over years' (a duration PXY) is not tagged",
    ("388:r091", "two"): "'a ban of between two and four years': the first member 'two' (P2Y) is not tagged",
    ("388:r103", "quarterly"): "'quarterly blood testing' (a SET P3M) is not tagged",
    ("388:r104", "6 a.m."): "'between 6 a.m. and 11 p.m.' each day is generic; anchored to Monday, 2015-06-08T06:00",
    ("388:r104", "11 p.m."): "'between 6 a.m. and 11 p.m.' each day is generic; anchored to Monday, 2015-06-08T23:00",
    (
        "389:r002",
        "23:59:59 Coordinated Universal Time",
    ): "'23:59:59 Coordinated Universal Time on Saturday' is 2016-12-31; '23:59:59' read as 2016-12-24",
    ("389:r002", "Saturday"): "'on Saturday, the last day of 2016' is 2016-12-31; read as last Saturday, 2016-12-24",
    ("389:r008", "Thursday"): "'Samoa ... jumping from Thursday' in Dec 2011 is 2011-12-29; read as 2021-12-23",
    ("389:r008", "Saturday"): "'straight to Saturday' in Dec 2011 is 2011-12-31; read as 2021-12-25",
    ("389:r009", "midnight"): "'midnight on Friday' is 2024-03-01T00:00 (or 02-29T24:00); tagged as 2024-03-01T24:00",
    (
        "389:r011",
        "4am",
    ): "'as early as 4am in summer' is a generic time; anchored to the reference date, 2018-11-21T04:00",
    ("389:r013", "the extra hour"): "'what happened to the extra hour' (a duration PT1H) is not tagged",
    ("389:r025", "Saturday"): "'than on Saturday' is today, 2021-10-30; read as next Saturday, 2021-11-06",
    ("389:r027", "March"): "'from March to November' is a generic yearly span, XXXX-03; read as 2019-03",
    ("389:r027", "November"): "'from March to November' is a generic yearly span, XXXX-11; read as 2018-11",
    ("389:r028", "5pm"): "'the 5pm to 7pm rush' is a generic time T17:00; anchored to 2020-10-20T17:00",
    ("389:r028", "7pm"): "'the 5pm to 7pm rush' is a generic time T19:00; anchored to 2020-10-20T19:00",
    ("389:r029", "8:15"): "'it's actually 8:15' (today, 2025-03-09T08:15) is not tagged",
    ("389:r035", "Wednesday, September 2"): "'in 1752, Wednesday, September 2' is 1752-09-02; read as 2022-09-02",
    ("389:r035", "Thursday, September 14"): "'in 1752 ... Thursday, September 14' is 1752-09-14; read as 2023-09-14",
    ("389:r037", "seven"): "'runs seven to eight years behind' (a duration P7Y) is not tagged",
    ("389:r037", "five"): "'five or six days' (a duration P5D) is not tagged",
    (
        "389:r039",
        "8:15 a.m.",
    ): "'first bell ... to 8:15 a.m., until April 1' is a daily time; anchored to 2021-04-01T08:15",
    ("389:r041", "Feb. 29"): "'anyone born on Feb. 29' is generic, XXXX-02-29; read as today, 2020-02-29",
    ("389:r043", "almost 10am"): "'until almost 10am in December' is generic T10:00; '10am' is tagged 2016-01-19T10:00",
    ("389:r043", "December"): "'almost 10am in December' is any December, XXXX-12; read as 2015-12",
    ("389:r050", "annual"): "'The city's annual Fall Back 5K' (a SET P1Y) is not tagged",
    ("389:r053", "the Monday"): "'on the Monday after clocks spring forward' is generic XXXX-WXX-1; read as 2018-03-05",
    ("389:r053", "the Tuesday"): "'the Tuesday after they fall back' is generic XXXX-WXX-2; read as 2018-03-13",
    ("389:r058", "an hour"): "'workouts an hour late' (a duration PT1H) is tagged as a SET PT1H",
    (
        "389:r060",
        "nearly 10am",
    ): "'dark until nearly 10am in winter' is generic T10:00; '10am' is tagged 2016-03-22T10:00",
    ("389:r068", "07:45"): "'the 07:45 departure' (a daily flight slot, T07:45) is not tagged",
    ("389:r068", "08:45"): "'will leave at 08:45' (a daily slot, T08:45) is anchored to 2019-10-27T08:45",
    ("389:r078", "7.30am"): "'start the day at 7.30am' (habitual, T07:30) is anchored to 2015-02-12T07:30",
    ("389:r078", "an hour"): "'runs an hour ahead of IST' (a duration PT1H) is tagged as a SET PT1H",
    (
        "389:r081",
        "the Islamic New Year",
    ): "'the Islamic New Year on Friday, August 21' is 2020-08-21; read as 2020-08-20",
    ("389:r082", "7.30pm"): "'not set ... before 7.30pm until mid-September' is daily T19:30; anchored to 2015-03-29",
    ("389:r083", "9:30 a.m."): "'my 9:30 a.m. standup' (recurring, T09:30) is anchored to 2026-02-16T09:30",
    ("389:r083", "9 p.m."): "'lands at 9 p.m. the previous evening' (generic T21:00) is read as 2026-02-15T21:00",
    ("389:r083", "10 p.m."): "'at 10 p.m. once Colorado springs forward' (generic T22:00) is read as 2026-02-15T22:00",
    ("389:r085", "Thursday, October 4"): "'In 1582 ... from Thursday, October 4' is 1582-10-04; read as 2022-10-04",
    ("389:r085", "March 21"): "'spring equinox back to March 21' is generic XXXX-03-21; read as 1582-03-21",
    (
        "389:r091",
        "9:30 in the morning",
    ): "'rise after 9:30 in the morning in December' (generic T09:30) is read as 2019-12-16T09:30",
    ("389:r101", "the lost hour"): "'the lost hour could make' (a duration PT1H) is not tagged",
    ("389:r102", "12"): "'13 hours instead of 12' (12 hours, a duration PT12H) is not tagged",
    ("390:r001", "3.45"): "'The alarm goes at 3.45' (habitual, T03:45) is anchored to 2015-03-10T03:45",
    (
        "390:r001",
        "4.15",
    ): "'By 4.15 Dave Hollins has the first trays' (habitual, T04:15) is anchored to 2015-03-10T04:15",
    ("390:r001", "7am"): "'the shop ... opens at 7am' (habitual, T07:00) is anchored to 2015-03-10T07:00",
    ("390:r002", "7.30pm"): "'Tonight ... clocks on at 7.30pm' is 2016-11-25T19:30; read as generic XXXX-XX-XXT19:30",
    ("390:r004", "10am"): "'By 10am the prep is done' (habitual, T10:00) is anchored to 2017-06-18T10:00",
    ("390:r004", "noon"): "'runs from noon' (habitual, T12:00) is anchored to 2017-06-18T12:00",
    ("390:r004", "about 2.30"): "'from noon until about 2.30' is habitual T14:30; read as 2.30 a.m., 2017-06-19T02:30",
    ("390:r004", "around 3"): "'by the pass at around 3' (habitual, T15:00) is not tagged",
    ("390:r008", "11 a.m."): "'They had started at 11 a.m.' (Wednesday) is 2022-07-20T11:00; read as 2022-07-21T11:00",
    ("390:r008", "11 p.m."): "'meant to finish at 11 p.m.' (Wednesday) is 2022-07-20T23:00; read as 2022-07-21T23:00",
    ("390:r009", "6"): "'at the delivery office by 6' (habitual, T06:00) is not tagged",
    ("390:r009", "8.15"): "'sorted by 8.15' (habitual, T08:15) is anchored to 2023-10-09T08:15",
    ("390:r009", "half eight"): "'out the door with the van by half eight' (habitual, T08:30) is not tagged",
    ("390:r011", "August"): "'busiest month was August' (in Apr 2024-Mar 2025) is 2024-08; read as 2025-08",
    ("390:r015", "6.10 a.m."): "'leaves the depot at 6.10 a.m.' (habitual, T06:10) is anchored to 2017-06-18T06:10",
    (
        "390:r015",
        "early afternoon",
    ): "'finished by early afternoon, weekdays only' is generic XXXX-XX-XXTAF; read as 2017-06-18TAF",
    ("390:r016", "11"): "'since the pubs shut at 11' (last night, 2018-01-30T23:00) is not tagged",
    ("390:r016", "10pm"): "'since she came on at 10pm' is last night, 2018-01-30T22:00; read as 2018-01-31T22:00",
    ("390:r017", "8 am"): "'Her duty runs from 8 am' (habitual, T08:00) is anchored to 2019-09-05T08:00",
    ("390:r017", "8 pm"): "'from 8 am to 8 pm' (habitual, T20:00) is anchored to 2019-09-05T20:00",
    ("390:r018", "7"): "'full PPE by 7' on Easter Monday (2020-04-13T07:00) is not tagged",
    ("390:r020", "4"): "'slips her mooring at 4 in the summer' (habitual, T04:00) is not tagged",
    ("390:r020", "the summer"): "'at 4 in the summer' is any summer, XXXX-SU; read as 2022-SU",
    ("390:r020", "nearer 6"): "'nearer 6 in the winter' (habitual, T06:00) is not tagged",
    ("390:r020", "the winter"): "'nearer 6 in the winter' is any winter, XXXX-WI; read as 2022-WI",
    ("390:r022", "11"): "'Last year we'd sold out of red roses by 11' (2023-02-14T11:00) is not tagged",
    ("390:r024", "8.20"): "'at her post at 8.20' (habitual, T08:20) is anchored to 2026-01-17T08:20",
    ("390:r024", "every weekday morning"): "'every weekday morning' (a SET XXXX-WXX-WDTMO) is not tagged",
    (
        "390:r024",
        "3.05 in the afternoon",
    ): "'again at 3.05 in the afternoon' (habitual, T15:05) is anchored to 2026-01-17T15:05",
    ("390:r025", "9"): "'at 9 on a grey Saturday morning' (2015-03-07T09:00) is not tagged",
    ("390:r026", "4.50am"): "'4.50am: Alarm.' (a typical day, T04:50) is anchored to 2015-07-02T04:50",
    ("390:r026", "5.40am"): "'5.40am: Signs on' (a typical day, T05:40) is anchored to 2015-07-02T05:40",
    ("390:r026", "6.02am"): "'6.02am: First train out' (a typical day, T06:02) is anchored to 2015-07-02T06:02",
    ("390:r027", "3am"): "'especially after 3am' (generic, T03:00) is read as 2016-05-17T03:00",
    ("390:r032", "7"): "'in the shed by 7' (habitual, T07:00) is not tagged",
    ("390:r033", "8 tomorrow"): "'back in at 8 tomorrow' is 2022-03-13T08:00; only 'tomorrow' is tagged, as 2022-03-13",
    ("390:r034", "10pm"): "'between 10pm and 6am' (across 2022, T22:00) is anchored to 2023-01-20T22:00",
    ("390:r034", "6am"): "'between 10pm and 6am' (across 2022, T06:00) is anchored to 2023-01-21T06:00",
    ("390:r036", "8"): "'by 8 each morning' (habitual, T08:00) is not tagged",
    (
        "390:r037",
        "11 this morning",
    ): "'since 11 this morning' is 2026-04-06T11:00; only 'this morning' is tagged, 2026-04-06TMO",
    ("390:r037", "three"): "'A wet one and I'm home by three' (hypothetical, T15:00) is not tagged",
    ("390:r039", "10.30"): "'fed at 10.30 and 2.30' (habitual, T10:30) is anchored to 2016-05-15T10:30",
    ("390:r039", "2.30"): "'fed at 10.30 and 2.30' (habitual, T14:30) is not tagged",
    ("390:r039", "February"): "'draws crowds even in February' is any February, XXXX-02; read as 2017-02",
    ("390:r039", "7.45"): "'starts at 7.45 with a bucket' (habitual, T07:45) is anchored to 2016-05-15T07:45",
    ("390:r042", "9am"): "'Patrols run from 9am to 5pm' (habitual, T09:00) is anchored to 2019-02-03T09:00",
    ("390:r042", "5pm"): "'Patrols run from 9am to 5pm' is habitual (T17:00); anchored to the publication day",
    ("390:r044", "7.15"): "'My first call is at 7.15' is habitual (T07:15); anchored to the publication day",
    ("390:r044", "7"): "'Between 7 and 1' (bare hour, T07:00) is not tagged",
    ("390:r044", "1"): "'Between 7 and 1' (bare hour, T13:00) is not tagged",
    ("390:r044", "4"): "'the teatime calls start at 4' (bare hour, T16:00) is not tagged",
    (
        "390:r046",
        "Saturday",
    ): "'hangs up his crate on Saturday' is next Saturday, 2023-01-21; read as last Saturday, 2023-01-14",
    ("390:r049", "3.30am"): "'hour by hour: 3.30am, ovens on' is habitual (T03:30); anchored to the publication day",
    ("390:r049", "4am"): "'4am, first batch of baguettes' is habitual (T04:00); anchored to the publication day",
    ("390:r049", "6.30am"): "'6.30am, doors open' is habitual (T06:30); anchored to the publication day",
    ("390:r049", "11am"): "'11am, the last loaf goes' is habitual (T11:00); anchored to the publication day",
    ("390:r049", "noon"): "'By noon, Sophie Marsh is asleep' is habitual (T12:00); anchored to the publication day",
    ("390:r050", "2"): "'a turkey dinner at some point after 2' (today, 2015-12-25T14:00) is not tagged",
    (
        "390:r051",
        "the bank holiday weekend",
    ): "'the bank holiday weekend' is Sat 2 to Mon 4 May (2015-W18-WE); read as 2015-W19-WE",
    (
        "390:r058",
        "4 yesterday afternoon",
    ): "'since 4 yesterday afternoon' is 2022-10-14T16:00; only 'yesterday afternoon' is tagged, TAF",
    ("390:r058", "8"): "'Handover at 8' (bare hour, 2022-10-15T08:00) is not tagged",
    ("390:r058", "9"): "'home by 9' (bare hour, 2022-10-15T09:00) is not tagged",
    ("390:r058", "10"): "'asleep by 10' (bare hour, 2022-10-15T10:00) is not tagged",
    ("390:r063", "7.30"): "'working day at Hever starts at 7.30' is habitual (T07:30); anchored to the publication day",
    ("390:r063", "6"): "'he is often in before 6' (bare hour, habitual T06:00) is not tagged",
    ("390:r064", "1am"): "'has started at 1am' for four weeks is habitual (T01:00); anchored to the publication day",
    ("390:r064", "4"): "'before suhoor at 4' (bare hour, T04:00) is not tagged",
    ("390:r064", "9pm"): "'until the shop shuts at 9pm' is habitual (T21:00); anchored to the publication day",
    (
        "390:r065",
        "Christmas Day",
    ): "'has worked Christmas Day eleven times' is generic (XXXX-12-25); read as 2016-12-25",
    ("390:r065", "0700"): "'She starts at 0700' is habitual (T07:00); anchored to the publication day",
    ("390:r065", "1530"): "'is meant to finish at 1530' is habitual (T15:30); anchored to the publication day",
    ("390:r065", "1700"): "'rarely leaves before 1700' is habitual (T17:00); anchored to the publication day",
    ("390:r067", "7.15"): "'on the hill by 7.15' is habitual (T07:15); anchored to the publication day",
    ("390:r067", "December"): "'a big season ... runs December to April' is generic (XXXX-12); read as 2025-12",
    ("390:r067", "April"): "'a big season ... runs December to April' is generic (XXXX-04); read as 2025-04",
    ("390:r071", "5.30 am"): "'shift begins at 5.30 am' is habitual (T05:30); anchored to the publication day",
    ("390:r071", "1.30 pm"): "'handing over at 1.30 pm' is habitual (T13:30); anchored to the publication day",
    ("390:r073", "8"): "'Her day starts at 8' (bare hour, habitual T08:00) is not tagged",
    (
        "390:r073",
        "11.45",
    ): "'by 11.45, when the first ... arrive' is habitual (T11:45); anchored to the publication day",
    ("390:r077", "6"): "'they've been flipping since 6' (today, 2016-02-09T06:00) is not tagged",
    ("390:r078", "7"): "'until 7 or 8 tomorrow morning' (bare hour, 2018-01-01T07:00) is not tagged",
    (
        "390:r078",
        "8 tomorrow morning",
    ): "'until 7 or 8 tomorrow morning' is 2018-01-01T08:00; only 'tomorrow morning' is tagged, TMO",
    ("390:r079", "the final quarter"): "'in the final quarter' of 2017/18 (2018-Q1, or FY Q4) is not tagged",
    (
        "390:r088",
        "October",
    ): "in March, 'October is another matter' is 2023-10 (or XXXX-10); read as last October, 2022-10",
    ("390:r091", "8"): "'We started jabbing at 8' (today, 2020-12-16T08:00) is not tagged",
    ("390:r095", "8am"): "'unlocks the 62 men on C Wing at 8am' is habitual (T08:00); anchored to the publication day",
    ("390:r095", "11.45"): "'locks them up again at 11.45' is habitual (T11:45); anchored to the publication day",
    (
        "390:r095",
        "5.30pm",
    ): "'by 5.30pm most are behind their doors' is habitual (T17:30); anchored to the publication day",
    (
        "390:r096",
        "noon",
    ): "'serves a hot meal to 38 children at noon' is habitual (T12:00); anchored to the publication day",
    (
        "390:r098",
        "10 past seven in the morning",
    ): "'10 past seven in the morning' is 2025-01-03T07:10; tagged 'seven in the morning', 2025-01-02T07:00",
    (
        "390:r100",
        "06:00",
    ): "'06:00 Deliveries arrive' in a typical-day profile is T06:00; anchored to the publication day",
    ("390:r100", "06:30"): "'06:30 Stocks on' in a typical-day profile is T06:30; anchored to the publication day",
    (
        "390:r100",
        "09:00",
    ): "'09:00 Staff breakfast' in a typical-day profile is T09:00; anchored to the publication day",
    ("390:r100", "12:00"): "'12:00 Service' in a typical-day profile is T12:00; anchored to the publication day",
    ("390:r100", "15:30"): "'15:30 Break' in a typical-day profile is T15:30; anchored to the publication day",
    ("390:r100", "17:30"): "'17:30 Service again' in a typical-day profile is T17:30; anchored to the publication day",
    ("390:r101", "7.15"): "'at her desk by 7.15' is habitual (T07:15); anchored to the publication day",
    ("390:r101", "8.50"): "'teaches from 8.50 until 3.20' is habitual (T08:50); anchored to the publication day",
    ("390:r101", "3.20"): "'teaches from 8.50 until 3.20' is habitual (T15:20); anchored to the publication day",
    ("390:r102", "spring"): "'twice a year, in spring and autumn' is generic (XXXX-SP); read as 2026-SP",
    ("390:r102", "autumn"): "'twice a year, in spring and autumn' is generic (XXXX-FA); read as 2026-FA",
    (
        "390:r103",
        "Three in the morning",
    ): "'Three in the morning is when families need you most' is generic (T03:00); read as 2025-07-07",
    ("390:r104", "5"): "'arriving at 5' (bare hour, habitual T05:00) is not tagged",
    ("390:r104", "7"): "'the first customers at 7' (bare hour, habitual T07:00) is not tagged",
    ("390:r107", "night"): "'bake only at night' (generic, XXXX-XX-XXTNI) is not tagged",
    ("390:r107", "10pm"): "'the ovens are lit at 10pm' is habitual (T22:00); anchored to the publication day",
    ("390:r107", "5am"): "'the last loaves leave by 5am' is habitual (T05:00); anchored to the next day, 2025-10-13",
    ("390:r108", "6 this morning"): "'since 6 this morning' is 2021-12-24T06:00; only 'this morning' is tagged, TMO",
    ("391:r007", "February"): "'every January ... turns up in February' is generic (XXXX-02); read as 2018-02",
    ("391:r020", "9am"): "'the 9am-3pm sessions' is generic (XXXX-XX-XXT09:00); anchored to 2024-08-16",
    ("391:r020", "3pm"): "'the 9am-3pm sessions' is generic (XXXX-XX-XXT15:00); anchored to 2024-08-16",
    ("391:r033", "9.30"): "'tomorrow's ... game ... for a 9.30 start' (2019-03-31T09:30) is not tagged",
    ("391:r037", "7"): "'tomorrow night at 7' (2021-02-11T19:00) is not tagged",
    ("391:r041", "second-quarter"): "'second-quarter registrations' (2023-Q2) is not tagged",
    ("391:r046", "weekday evenings"): "'held on weekday evenings' (a SET, XXXX-WXX-WDTEV) is not tagged",
    ("391:r046", "4pm"): "'weekday evenings between 4pm and 7pm' is generic (XXXX-XX-XXT16:00); anchored to 2025-09-15",
    ("391:r046", "7pm"): "'weekday evenings between 4pm and 7pm' is generic (XXXX-XX-XXT19:00); anchored to 2025-09-15",
    ("391:r051", "6.15"): "'Mondays from 5.15pm ... following at 6.15' is 18:15 on Mondays; read as XXXX-XX-XXT06:15",
    ("391:r065", "6.30 am"): "'on the final day' of a 3-day meet from March 18 is 2022-03-20; read as 2022-03-18T06:30",
    ("391:r083", "11am"): "'friendlies before 11am' is generic (XXXX-XX-XXT11:00); anchored to the publication day",
    (
        "391:r083",
        "6pm",
    ): "'or after 6pm' in the FA's rule is generic (XXXX-XX-XXT18:00); anchored to the publication day",
    (
        "391:r087",
        "8.45am",
    ): "'check each group in at 8.45am' is generic (XXXX-XX-XXT08:45); anchored to the publication day",
    ("391:r089", "January 1"): "in October, 'taking effect on January 1' is next year, 2022-01-01; read as 2021-01-01",
    ("391:r092", "10pm"): "'finishing as late as 10pm' is generic (XXXX-XX-XXT22:00); anchored to the publication day",
    ("391:r099", "September"): "'Children born between September and November' is generic (XXXX-09); read as 2025-09",
    ("391:r099", "November"): "'Children born between September and November' is generic (XXXX-11); read as 2025-11",
    ("391:r099", "June"): "'those born in June, July or August' is generic (XXXX-06); read as 2026-06",
    ("391:r099", "July"): "'those born in June, July or August' is generic (XXXX-07); read as 2026-07",
    ("391:r099", "August"): "'those born in June, July or August' is generic (XXXX-08); read as 2026-08",
    (
        "314:r043",
        "Monday",
    ): "'CORRECTS day of week to Tuesday from Monday' (2018-02-19) is read as next Monday, 2018-02-26",
    ("82:r049", "Monday"): "hours before a run of days read as a timetable; here the nights are this week's",
    ("82:r049", "Thursday"): "hours before a run of days read as a timetable; here the nights are this week's",
    ("131:r051", "Monday"): "hours before a run of days read as a timetable; here they are the game week's",
    ("131:r051", "Thursday"): "hours before a run of days read as a timetable; here they are the game week's",
    ("224:r033", "midnight"): "just after midnight after evening hours reads as the next day; here it began the day",
    ("8:h119", "June"): "runs on from its range's start, read as this January (the publication's month)",
    ("274:r062", "November"): "runs on from its range's start, read as this January (the publication's month)",
    ("331:r083", "May"): "a season's generic months; the end runs on from the start",
    ("392:r011", "2025"): "'Cowes Week 2025' (the year 2025) is not tagged",
    ("392:r011", "10:30 that morning"): (
        "'10:30 that morning' (2 Aug, the first day) is split and dated 9 Aug, 2025-08-09T10:30"
    ),
    ("392:r024", "annual"): "'annual clean-up' (a SET P1Y) is not tagged",
    ("392:r024", "all morning"): "'rising all morning' (the morning of Sunday 14 April, 2024-04-14TMO) is not tagged",
    ("392:r030", "just before 7am"): (
        "'tide tables for 2024 ... just before 7am on 19 September' is in 2024; dated 2023-09-19T07:00"
    ),
    ("392:r030", "19 September"): "'tide tables for 2024' puts '19 September' in 2024; read as 2023-09-19",
    ("392:r031", "8pm"): "'from 8pm ... on New Year's Eve' is Dec 31; dated the reference day, 2019-12-30T20:00",
    ("392:r031", "1am"): "'to 1am on New Year's Eve' is 1am on Jan 1, 2020-01-01T01:00; read as 2019-12-31T01:00",
    ("392:r038", "1100"): "'at 1100 on Saturday' of the 8-9 June regatta is June 8; dated last Saturday, 2024-05-18",
    ("392:r038", "Saturday"): "'on Saturday' of the 8-9 June regatta is 2024-06-08; read as last Saturday, 2024-05-18",
    ("392:r045", "9:21"): "'sunset at 9:21' is 21:21 in the evening; read as 09:21 in the morning",
    ("392:r052", "recent years"): "'in recent years' (a DATE, PAST_REF) is tagged as a duration PXY",
    ("392:r061", "FY24"): "'FY24' is expected as FY2024; the tagger writes the calendar year 2024",
    ("392:r068", "annual"): "'the annual Boxing Day swim' (a SET P1Y) is not tagged",
    ("392:r099", "the bank holiday"): "'ever since the bank holiday' (2018-08-27) is not tagged",
    ("392:r104", "31 March"): "'payable by 31 March' in January 2025 is 2025-03-31; read as 2026-03-31",
    ("392:r104", "1 February"): "'before 1 February' in January 2025 is 2025-02-01; read as 2026-02-01",
    ("393:r003", "two"): "'within two to three working days': 'two' (P2D, range split) is not tagged",
    ("393:r022", "7.40am"): "'last Sunday night ... by 7.40am on Tuesday' is Dec 10; dated next Tuesday, 2024-12-17",
    ("393:r022", "Tuesday"): "'last Sunday night ... on Tuesday' is 2024-12-10; read as next Tuesday, 2024-12-17",
    ("393:r035", "the 20th"): "'until Wednesday, that's the 20th' (2023-12-20) is not tagged",
    ("393:r048", "the next month"): "'reduced hours for the next month' (a duration P1M) is tagged as the date 2026-03",
    ("393:r056", "5.30pm"): "'by 5.30pm the next working day, Monday 22 December' is dated Friday 19 Dec, 2025-12-19",
    ("393:r056", "the next working day"): "'the next working day, Monday 22 December' (2025-12-22) is not tagged",
    ("393:r057", "three"): "'for three, six or 12 months': 'three' (P3M) is not tagged",
    ("393:r057", "six"): "'for three, six or 12 months': 'six' (P6M) is not tagged",
    ("393:r060", "the 2022-23 financial year"): (
        "'the 2022-23 financial year' (FY2023) is split into the years 2022 and 2023"
    ),
    ("393:r071", "three straight quarters"): "'three straight quarters' (expected P3Q) is written in months, P9M",
    ("393:r076", "fiscal 2023"): "'fiscal 2023' is expected as FY2023; the tagger writes the calendar year 2023",
    ("393:r087", "5 pm"): "'posted before 5 pm' (a generic time, T17:00) is dated the reference day, 2019-03-19",
    ("393:r087", "two"): "'take two to three days': 'two' (P2D) is not tagged",
    ("394:r004", "Saturday"): "after Easter Monday, 'up to and including Saturday' is 2019-04-27; read as 2019-04-20",
    ("394:r011", "Thursday"): (
        "'this week because of Thanksgiving ... Thursday' is 2019-11-28; read as last Thursday, 2019-11-21"
    ),
    ("394:r011", "Friday@102"): "'Thursday and Friday routes' this week is 2019-11-29; read as last Friday, 2019-11-22",
    ("394:r011", "Friday@126"): "'collected Friday and Saturday' this week: Friday is 2019-11-29; read as 2019-11-22",
    ("394:r011", "Saturday"): "'collected Friday and Saturday' this week: Saturday is 2019-11-30; read as 2019-11-23",
    ("394:r024", "a day"): "'a day later' is tagged as the date 2023-05-09, not the duration 'a day' (P1D)",
    ("394:r024", "Friday"): "'all next week, with Friday's collections' is 2023-05-12; read as 2023-04-28",
    ("394:r030", "7am"): "'by 7am on your normal garden waste day' (generic T07:00) is dated 2019-12-02T07:00",
    ("394:r034", "Tuesday"): "'For years ... Tuesday was bin day' (habitual XXXX-WXX-2) is read as 2023-02-14",
    ("394:r034", "around half past seven"): "habitual 'around half past seven' (T07:30) is dated 2023-02-14T07:30",
    ("394:r036", "Bhai Dooj"): "'to Bhai Dooj on Sunday' (2024-11-03) is not tagged",
    ("394:r041", "6am"): "'start rounds at 6am' daily over 15-19 July (T06:00) is dated the reference day, 2024-07-12",
    ("394:r041", "7am"): "'rather than 7am' (generic T07:00) is dated the reference day, 2024-07-12T07:00",
    ("394:r048", "5am"): "'by 5am over the holiday period' (generic T05:00) is dated the reference day, 2017-12-21",
    ("394:r053", "noon"): "'by noon on the preceding Friday' (generic T12:00) is dated the reference day, 2017-03-17",
    ("394:r056", "Friday"): "'Friday's routes done on Saturday, Feb. 20' is 2016-02-19; read as 2016-02-12",
    ("394:r074", "Friday"): "'this week ... Friday's bins' is 2020-01-03; read as last Friday, 2019-12-27",
    ("394:r079", "6am"): "'by 6am on your revised collection day' (generic T06:00) is dated 2023-12-12T06:00",
    ("394:r092", "King's Birthday"): "'despite the King's Birthday holiday' today (2023-06-05) is not tagged",
    ("394:r092", "Matariki"): "'Matariki on Friday 14 July' (2023-07-14) is not tagged",
    ("394:r097", "Monday"): "'Monday's Labour Day public holiday' in Yarra is 2022-03-14; read as 2022-09-05",
    ("394:r097", "Labour Day"): "'Labour Day' in Yarra on Monday is 2022-03-14; read as 2022-09-05",
    ("394:r101", "Sunday"): "'trial Sunday collections' (generic XXXX-WXX-7) is read as 2023-10-08",
    ("395:r001", "8"): "'at 8, 12 and 16 weeks': '8' (P8W) is not tagged",
    ("395:r001", "12"): "'at 8, 12 and 16 weeks': '12' (P12W) is not tagged",
    ("395:r004", "two"): "'at two, four and six months of age': 'two' (P2M) is not tagged",
    ("395:r004", "four"): "'at two, four and six months of age': 'four' (P4M) is not tagged",
    ("395:r006", "two"): "'children aged two to eight': 'two' (P2Y) is not tagged",
    ("395:r006", "eight"): "'children aged two to eight': 'eight' (P8Y) is not tagged",
    ("395:r016", "six"): "'given at six, 10 and 14 weeks': 'six' (P6W) is not tagged",
    ("395:r016", "10"): "'given at six, 10 and 14 weeks': '10' (P10W) is not tagged",
    ("395:r017", "6 months"): "'everyone 6 months and older' (an age, P6M) is not tagged",
    ("395:r026", "the age of 16"): "'children up to the age of 16' (P16Y) is not tagged",
    ("395:r028", "12"): "'children aged 12 to 15': '12' (P12Y) is not tagged",
    ("395:r028", "15"): "'children aged 12 to 15': '15' (P15Y) is not tagged",
    ("395:r034", "one year"): "'given at one year old' (an age, P1Y) is not tagged",
    ("395:r035", "hours"): "'queued for hours' is expected as PXH; the tagger writes PTXH",
    ("395:r035", "today"): "'today's schedule' means nowadays (PRESENT_REF); read as the date 2020-05-28",
    ("395:r036", "fiscal 2016"): "'fiscal 2016' is expected as FY2016; the tagger writes the calendar year 2016",
    ("395:r037", "half-term week"): "'half-term week, February 16 to 20' (2026-W08) is not tagged",
    ("395:r039", "autumn"): "'the autumn vaccine programme' (2023-FA) is not tagged",
    ("395:r044", "summer"): "'the summer polio booster drive' (2022-SU) is not tagged",
    ("395:r048", "six months"): "'aged six months and over' (an age, P6M) is not tagged",
    ("395:r048", "winter"): "in April, 'before winter' is the coming winter, 2023-WI; read as 2022-WI",
    ("395:r056", "8 am"): "'open from 8 am to 5 pm for five days' (generic T08:00) is dated 2022-12-11T08:00",
    ("395:r056", "5 pm"): "'open from 8 am to 5 pm for five days' (generic T17:00) is dated 2022-12-11T17:00",
    ("395:r061", "age five"): "'by age five' (an age, P5Y) is not tagged",
    ("395:r064", "Saturday morning"): (
        "'again on Saturday morning' is 2019-11-02TMO; read as last Saturday, 2019-10-26TMO"
    ),
    ("395:r066", "four"): "'a period of four to five weeks': 'four' (P4W) is not tagged",
    ("395:r067", "five"): "'children aged five to 11': 'five' (P5Y) is not tagged",
    ("395:r067", "11"): "'children aged five to 11': '11' (P11Y) is not tagged",
    ("395:r070", "14"): "'Adolescents aged 14 to 15': '14' (P14Y) is not tagged",
    ("395:r070", "15"): "'Adolescents aged 14 to 15': '15' (P15Y) is not tagged",
    ("395:r072", "annual"): "'their annual coverage report' (a SET P1Y) is not tagged",
    ("395:r073", "eight"): "'at eight, 12 and 16 weeks': bare 'eight' (P8W, unit from 'weeks') is not tagged",
    ("395:r073", "12"): "'at eight, 12 and 16 weeks': bare '12' (P12W, unit from 'weeks') is not tagged",
    ("395:r078", "16"): "'between 16 and 32 weeks': bare '16' (P16W, unit from 'weeks') is not tagged",
    ("395:r079", "summer"): "'fear a summer outbreak' (2018-SU) is not tagged",
    ("395:r087", "around 14 years"): "'at around 14 years old' (an age, P14Y) is not tagged",
    ("395:r088", "nine"): "'girls aged nine to 14': bare 'nine' (an age, P9Y) is not tagged",
    ("395:r088", "14"): "'girls aged nine to 14': '14' (an age, P14Y) is not tagged",
    ("395:r093", "14"): "'girls aged 14' (an age, P14Y) is not tagged",
    ("395:r098", "12"): "'Boys aged 12 and 13': '12' (an age, P12Y) is not tagged",
    ("395:r098", "13"): "'Boys aged 12 and 13': '13' (an age, P13Y) is not tagged",
    ("395:r100", "autumn"): "in July, 'The autumn booster programme' (2021-FA) is not tagged",
    ("395:r101", "five"): "'Children aged five to 11': 'five' (an age, P5Y) is not tagged",
    ("395:r101", "11"): "'Children aged five to 11': '11' (an age, P11Y) is not tagged",
    ("395:r107", "autumn"): "'held each spring and autumn' is a SET XXXX-FA; 'autumn' is read as the date 2022-FA",
    ("396:r001", "Monday"): "on Saturday, 'the second rest day on Monday' is Jul 17; read as last Monday, 2023-07-10",
    ("396:r017", "1:12"): "'advantage is down to 1:12' (a time gap, PT1M12S) is not tagged",
    ("396:r022", "1:34"): "'lost 1:34 on the Zoncolan' (a time loss, PT1M34S) is not tagged",
    ("396:r027", "Monday"): "on Saturday Jul 16, 'Monday's rest day' is Jul 18; read as last Monday, 2022-07-11",
    ("396:r027", "around 5.15pm"): "'around 5.15pm' on the Sunday July 17 stage is dated 2022-07-11, not 2022-07-17",
    ("396:r039", "1min 39sec"): "'leads by 1min 39sec' (a duration PT1M39S) is not tagged",
    ("396:r040", "Friday"): "on Wednesday, 'starts in Sardinia on Friday' is May 5; read as last Friday, 2017-04-28",
    ("396:r042", "today"): "'today the longest rarely exceeds' is PRESENT_REF; read as the date 2022-11-16",
    ("396:r047", "this season"): "'his main target this season' (2025) is not tagged",
    ("396:r047", "August"): "in January, 'a return to Spain in August' is 2025-08; read as last August, 2024-08",
    ("396:r049", "2min 20sec"): "'lost 2min 20sec in the crosswinds' (a duration PT2M20S) is not tagged",
    ("396:r050", "2:36"): "'an advantage of 2:36' (a time gap, PT2M36S) is not tagged",
    ("396:r051", "5:45"): "'losing 5:45 to Rønne' (a time loss, PT5M45S) is not tagged",
    ("396:r051", "1:38"): "'conceding 1:38 in the time trial' (a duration PT1M38S) is not tagged",
    ("396:r053", "fiscal 2025"): "'fiscal 2025 revenue' is written as the calendar year 2025, not FY2025",
    ("396:r057", "1:54"): "'leads by 1:54' (a time gap, PT1M54S) is tagged as the clock time 13:54",
    ("396:r060", "2:52"): "'the Colombian's 2:52 deficit' (a duration PT2M52S) is not tagged",
    ("396:r065", "Sunday"): "on Thursday, 'Stage nine to Siena on Sunday' is May 18; read as last Sunday, 2025-05-11",
    ("396:r070", "a week ago"): "'took the red jersey a week ago' is the day 2023-09-07; tagged as the week 2023-W36",
    ("396:r071", "August 22"): "in February, 'the start of the Vuelta on August 22' is 2015-08-22; read as 2014-08-22",
    ("396:r071", "7.30 in the evening"): "'7.30 in the evening' on August 22 is dated 2014-08-22, not 2015-08-22",
    ("396:r074", "4h 51min 08sec"): "'in 4h 51min 08sec' is tagged only as '4h 51min' (PT4H51M), without the seconds",
    ("396:r074", "0:34"): "'leads by 0:34' (a time gap, PT34S) is tagged as the clock time 00:34",
    ("396:r074", "1:02"): "'third at 1:02' (a time gap, PT1M2S) is tagged as the clock time 13:02",
    ("396:r083", "three more seasons"): "'for three more seasons' (a duration P3Y) is not tagged",
    ("396:r088", "Tuesday"): "on Monday, 'Tuesday's stage 16' is May 28; read as last Tuesday, 2019-05-21",
    ("396:r093", "July"): "in March, 'targets the Giro Rosa in July' is 2016-07; read as last July, 2015-07",
    ("396:r104", "the night before"): (
        "'the night before the riders came through on Saturday' (2019-06-14TNI) is not tagged"
    ),
    ("396:r108", "the foreseeable future"): "'for the foreseeable future' (FUTURE_REF) is not tagged",
    ("397:r003", "11:04 a.m. Thursday"): (
        "on Saturday, 'from 11:04 a.m. Thursday' is Mar 28; dated next Thursday, 2019-04-04"
    ),
    ("397:r003", "12:24 a.m. Friday"): (
        "on Saturday, 'until 12:24 a.m. Friday' is Mar 29; dated next Friday, 2019-04-05"
    ),
    ("397:r006", "Friday"): "on Sunday, 'due to wrap up Friday' is Nov 18; read as next Friday, 2022-11-25",
    ("397:r023", "10 a.m."): (
        "'originally scheduled for 10 a.m.' (Thursday Dec 22) is dated the article day, 2016-12-23"
    ),
    ("397:r044", "dawn"): "'at dawn on June 17' (2022-06-17TMO) is not tagged",
    ("397:r051", "midnight"): "'overshot a midnight deadline' is 1998-04-09T24:00; tagged as 1998-04-10T24:00",
    ("397:r060", "annual"): "'their annual quota marathon' (a SET P1Y) is not tagged",
    ("397:r069", "a fortnight"): "'reconvene in a fortnight' (P2W, or 2022-02-14) is tagged as the week 2022-W07",
    ("397:r075", "Halloween"): "in April, 'also Halloween' (Oct. 31) is 2019-10-31; read as last Halloween, 2018-10-31",
    ("397:r086", "9:10 p.m."): (
        "'from 9:10 p.m. until ... midnight Saturday' is May 27; dated the article day, 2017-05-29"
    ),
    ("397:r091", "a Thursday"): "'a motion filed on a Thursday' (any Thursday, XXXX-WXX-4) is not tagged",
    ("397:r103", "2:30 a.m."): "'Last year's lasted until 2:30 a.m.' (2024) is dated the article day, 2025-02-11",
    ("397:r107", "days"): "'go on for weeks, not days' (PXD) is not tagged",
    ("398:r003", "00:01"): "'00:01 on the day after you pay' (T00:01, no fixed day) is dated the article day",
    ("398:r004", "5pm"): "on Wednesday, 'stopped selling ... from 5pm on Friday' is Mar 20; dated next Friday, Mar 27",
    ("398:r004", "Friday"): "on Wednesday, 'stopped selling ... on Friday' is Mar 20; read as next Friday, 2020-03-27",
    ("398:r017", "four"): "'a deferred period of four, 13, 26 or 52 weeks': 'four' (P4W) is not tagged",
    ("398:r017", "13"): "'a deferred period of four, 13, 26 or 52 weeks': '13' (P13W) is not tagged",
    ("398:r017", "26"): "'a deferred period of four, 13, 26 or 52 weeks': '26' (P26W) is not tagged",
    ("398:r036", "summer"): "in May, 'your summer holiday' (2025-SU) is not tagged",
    ("398:r040", "the full year"): (
        "in February 2018, 'fell over the full year' is 2017; read as the article year, 2018"
    ),
    ("398:r044", "three"): "'lasts three or four years': 'three' (P3Y) is not tagged",
    ("398:r055", "five claim-free years"): "'after five claim-free years' (a duration P5Y) is not tagged",
    ("398:r067", "12"): "'12 to 18 months before the big day': '12' (P12M) is not tagged",
    ("398:r098", "20"): "'20 or 25 years': '20' (P20Y) is not tagged",
    ("398:r099", "fiscal 2015"): "'in fiscal 2015' is written as the calendar year 2015, not FY2015",
    ("398:r099", "the previous fiscal year"): "'the previous fiscal year' (FY2014) is not tagged",
    ("398:r101", "00:01"): "'00:01 on the first day of the following month' (T00:01) is dated 2021-04-01",
    ("398:r102", "five"): "'five to seven working days': 'five' (P5D) is not tagged",
    ("398:r105", "4"): "'between 4 and 8 p.m.' (T16:00, no fixed day) is dated last Sunday, 2025-10-26",
    ("398:r105", "8 p.m."): "'between 4 and 8 p.m.' (T20:00, no fixed day) is dated last Sunday, 2025-10-26",
    ("399:r008", "decades"): "'some of them decades late' (PXDE) is not tagged",
    ("399:r009", "8 am"): "'open from 8 am to 8 pm on all days' (T08:00) is dated the article day, 2017-04-12",
    ("399:r009", "8 pm"): "'open from 8 am to 8 pm on all days' (T20:00) is dated the article day, 2017-04-12",
    ("399:r015", "years ago"): "'fines were abolished years ago' (PAST_REF) is not tagged",
    ("399:r034", "a Saturday"): "'always falls on a Saturday' (any Saturday) is read as next Saturday, 2023-05-27",
    ("399:r040", "9 in the morning"): "'at 9 in the morning, every weekday' (T09:00) is dated tomorrow, 2017-07-24",
    ("399:r054", "2 o'clock"): "'close at 2 o'clock each afternoon' is 14:00; read as 02:00 (XXXX-XX-XXT02:00)",
    ("399:r065", "the first year"): "'in the first year after adoption' (P1Y) is not tagged",
    ("399:r068", "10 am"): "'by phone between 10 am and 1 pm' (T10:00) is dated the article day, 2020-11-28",
    ("399:r068", "1 pm"): "'by phone between 10 am and 1 pm' (T13:00) is dated the article day, 2020-11-28",
    ("399:r071", "Sunday"): "'to end Sunday hours' (every Sunday, a SET) is read as last Sunday, 2023-04-02",
    ("399:r071", "fiscal 2024"): "'fiscal 2024' is written as calendar year 2024, not FY2024",
    ("399:r073", "9"): "'till 9 on Tuesdays' (9pm, T21:00) is not tagged",
    ("399:r074", "annual"): "'its annual seed swap' (a SET P1Y) is not tagged",
    ("399:r081", "11pm"): "'Tonight ... until 11pm' is 2017-09-17T23:00; tagged without a date, XXXX-XX-XXT23:00",
    ("399:r085", "Wednesday"): "'moves from Wednesday to Thursday' (weekly, XXXX-WXX-3) is read as today, 2019-11-06",
    ("399:r085", "Thursday"): "'moves from Wednesday to Thursday' (weekly, XXXX-WXX-4) is read as tomorrow, 2019-11-07",
    ("399:r085", "8pm"): "'open until 8pm' on Thursdays is T20:00; read as one date, 2019-11-07T20:00",
    ("399:r091", "a year"): "'a guinea a year' (a rate) is tagged as a duration P1Y, not a SET",
    ("399:r097", "Sunday"): "'the Sunday trial' (recurring, XXXX-WXX-7) is read as last Sunday, 2025-10-19",
    ("400:r026", "Tuesday"): "'Next week ... on Tuesday' is 2024-02-06; read as tomorrow, 2024-01-30",
    ("400:r039", "Friday night"): "'Friday night's Corrie' is past, Apr 21; read as next Friday, 2017-04-28",
    ("400:r044", "Monday"): "'on Monday it's the aftermath' is next Monday, Mar 11; read as last Monday, 2019-03-04",
    ("400:r046", "December 9"): "'will celebrate ... on December 9' is 2020-12-09; read as past, 2019-12-09",
    ("400:r062", "the following week"): (
        "'the following week' after December 9 is 2020-W51; read as the week after the reference, W49"
    ),
    ("400:r064", "Thursday"): "'Coming up this week ... by Thursday' is Mar 10; read as last Thursday, 2022-03-03",
    ("400:r064", "Friday"): "'Coming up this week ... on Friday' is Mar 11; read as last Friday, 2022-03-04",
    ("400:r064", "8pm"): "'on Friday at 8pm' this week is 2022-03-11T20:00; read as last Friday, 2022-03-04T20:00",
    ("400:r077", "the 90s"): "'better in the 90s' (decade 199) is not tagged",
    ("400:r085", "10pm"): "'filmed in November ... from 10pm' is 2018-11-XXT22:00; read as Christmas Eve, 2018-12-24",
    ("400:r085", "6am"): "'until 6am' in November is 2018-11-XXT06:00; read as Christmas Day, 2018-12-25T06:00",
    ("400:r090", "a week"): "'five episodes a week' (a SET P1W) is merged into 'a week from today', tagged 2021-01-18",
    ("400:r090", "today"): "'from today' (2021-01-11) is merged into 'a week from today', tagged 2021-01-18",
    ("400:r091", "8pm"): "'at 8pm on Thursday' (upcoming) is 2021-09-30T20:00; read as last Thursday, 2021-09-23",
    ("400:r091", "Thursday"): "'on Thursday' (upcoming) is 2021-09-30; read as last Thursday, 2021-09-23",
    ("400:r091", "the next morning"): (
        "'the next morning' after Thursday is 2021-10-01TMO; tagged 2021-09-24TMO, after last Thursday"
    ),
    ("400:r106", "four and a half hours"): "'four and a half hours' is PT4.5H or PT270M; tagged as PT4H30M",
    ("401:r002", "March"): "'expect March to be their busiest month' (2019-03) is not tagged",
    ("401:r002", "1 March"): "'changes ... on 1 March' (recurring, XXXX-03-01) is read as 2019-03-01",
    ("401:r002", "1 September"): "'changes ... on 1 September' (recurring, XXXX-09-01) is read as 2018-09-01",
    ("401:r016", "a year"): "'£140 a year' (a rate) is tagged as a duration P1Y, not a SET",
    ("401:r016", "the first year"): "'after the first year' (of the car's life, P1Y) is not tagged",
    ("401:r017", "the 14th"): "'My MOT was due on the 14th' (past) is 2025-06-14; read as next month, 2025-07-14",
    ("401:r017", "a week later"): "'a week later' after the 14th is 2025-06-21; read as 2025-07-21, after July 14",
    ("401:r030", "annual"): "'an annual medical review' (a SET P1Y) is not tagged",
    ("401:r041", "four"): "'from three years to four' (four = P4Y) is not tagged",
    ("401:r051", "the end of March"): "'before the end of March' is 2022-03; read as the past March, 2021-03",
    ("401:r079", "January"): "'since January' is 2022-01; read as 2007-01",
    ("401:r083", "last spring"): "'It expired last spring' is 2020-SP; read as this year's spring, 2021-SP",
    ("401:r096", "annual"): "'an annual MOT' (a SET P1Y) is not tagged",
    ("401:r100", "Wednesday afternoon"): (
        "'best time to call is Wednesday afternoon' (generic) is read as 2024-08-07TAF"
    ),
    ("401:r101", "four"): "'cars aged four to 10 years' (four = P4Y) is not tagged",
    ("402:r006", "midnight"): "'midnight on June 1' is 2022-06-01T00:00 (or 05-31T24:00); tagged 2022-06-01T24:00",
    ("402:r007", "quarterly"): "'the quarterly increase' (a SET P3M) is not tagged",
    ("402:r025", "10 p.m."): (
        "'surcharge applying from 10 p.m.' (any night, T22:00) is read as tonight, 2026-03-03T22:00"
    ),
    ("402:r025", "6 a.m."): "'to 6 a.m.' (any night, T06:00) is read as tomorrow, 2026-03-04T06:00",
    ("402:r053", "Tuesday"): "'Beginning Tuesday' is next Tuesday, Mar 1; read as last Tuesday, 2016-02-23",
    ("402:r053", "fiscal 2016"): "'fiscal 2016' is written as calendar year 2016, not FY2016",
    ("402:r054", "Tuesday midnight"): (
        "'from Tuesday midnight' is 2017-06-20T24:00; read as next Tuesday, 2017-06-27T24:00"
    ),
    ("402:r072", "9 p.m."): "'overnight rate ... between 9 p.m.' (any night, T21:00) is anchored to Jan. 5, 2025-01-05",
    ("402:r072", "5 a.m."): "'and 5 a.m.' (any night, T05:00) is anchored to the day after Jan. 5, 2025-01-06T05:00",
    ("402:r080", "every additional hour"): "'₹100 for every additional hour' (a SET PT1H) is not tagged",
    ("402:r103", "8pm"): "'half-price rate ... after 8pm' (any day, T20:00) is read as Monday, 2026-11-02T20:00",
    ("402:r105", "10pm"): "'night-time driving ban between 10pm' (any night, T22:00) is read as 2019-01-01T22:00",
    ("402:r105", "5am"): "'and 5am' (any night, T05:00) is read as 2019-01-02T05:00, after 1 January 2019",
    ("403:r003", "mid-morning"): "'highest from mid-morning' (generic, XXXX-XX-XXTMO) is read as today, 2016-05-23TMO",
    ("403:r003", "early evening"): "'until early evening' (generic, XXXX-XX-XXTEV) is read as today, 2016-05-23TEV",
    ("403:r003", "10am"): "'keep windows closed between 10am' (generic, T10:00) is read as today, 2016-05-23T10:00",
    ("403:r003", "4pm"): "'and 4pm' (generic, T16:00) is read as today, 2016-05-23T16:00",
    ("403:r018", "summer"): "'with the onset of summer' in April is 2021-SU; read as last summer, 2020-SU",
    ("403:r026", "December"): "'soaring from December' (every year, XXXX-12) is read as 2022-12",
    ("403:r026", "February"): "'through February' (every year, XXXX-02) is read as 2023-02",
    ("403:r047", "Spring"): "'Spring officially began on Sunday' (2015-SP) is not tagged",
    ("403:r049", "evenings"): "'extended allergy-shot hours to evenings' (a SET of evenings) is not tagged",
    ("403:r055", "late April"): "'generally flowers in late April' (any year, XXXX-04) is read as 2017-04",
    ("403:r055", "May"): "'in late April and May' (any year, XXXX-05) is read as 2017-05",
    ("403:r058", "the weekend"): "'after the weekend's storms' is the past weekend, 2017-W48-WE; read as 2017-W49-WE",
    ("403:r060", "March"): "'symptoms last from March' (generic, XXXX-03) is read as 2018-03",
    ("403:r060", "September"): "'until September' (generic, XXXX-09) is read as 2018-09",
    ("403:r062", "7:30"): "'Vaseline ... at 7:30' (daily routine, XXXX-XX-XXT07:30) is read as today, 2018-07-09T07:30",
    ("403:r062", "May"): "'no washing on the line between May' (routine, XXXX-05) is read as 2018-05",
    ("403:r062", "August"): "'between May and August' (routine, XXXX-08) is read as 2018-08",
    ("403:r065", "2"): "'each afternoon from 2 to 4' (2 = T14:00) is not tagged",
    ("403:r065", "4"): "'each afternoon from 2 to 4' (4 = T16:00) is not tagged",
    ("403:r072", "fiscal 2022"): "'fiscal 2022' is written as calendar year 2022, not FY2022",
    ("403:r085", "February"): "'a few weeks in February' (generic, XXXX-02) is read as 2024-02",
    ("403:r085", "March"): "'in February and March' (generic, XXXX-03) is read as 2024-03",
    ("403:r092", "up to 40 days"): "'up to 40 days earlier' (duration P40D) is tagged as a date, 2049-11-22",
    ("403:r096", "a fortnight ago"): "'a fortnight ago' is 2026-06-11; tagged as a week, 2026-W24",
    ("403:r100", "summer"): "'a long, hot summer' (2018-SU) is not tagged",
    ("403:r104", "the early morning"): (
        "'highest in the early morning' (generic, XXXX-XX-XXTMO) is read as today, 2020-07-02TMO"
    ),
    ("403:r107", "21"): "'from November 1 to 21' (21 = XXXX-11-21 or 2023-11-21) is not tagged",
    ("403:r108", "spring"): "'on cetirizine in spring' (habitual, XXXX-SP) is read as 2024-SP",
    ("403:r108", "summer"): "'fexofenadine in summer' (habitual, XXXX-SU) is read as 2024-SU",
    ("403:r108", "October"): "'nothing at all from October' (habitual, XXXX-10) is read as 2024-10",
    ("404:r010", "7.30pm"): "'Sunday night's live final ... at 7.30pm' is 2023-06-04T19:30; tagged without a date",
    ("404:r017", "Friday evening"): (
        "'cast their votes on Friday evening' is past, 2022-05-13TEV; read as next Friday, 05-20"
    ),
    ("404:r107", "annual"): "'the annual Lakeside Young Voices contest' (a SET P1Y) is not tagged",
    ("405:r016", "fiscal year 2024"): "'fiscal year 2024' is tagged as calendar year 2024, not FY2024",
    ("405:r016", "fiscal 2023"): "'fiscal 2023' is tagged as calendar year 2023, not FY2023",
    ("405:r023", "7 p.m."): "'a briefing at 7 p.m.' each shift is a generic daily time; anchored to 2016-04-20T19:00",
    ("405:r054", "01:37"): "'ten years ago this month ... 01:37' is in Sept 2014; anchored to today, 2024-09-22T01:37",
    ("405:r069", "winter"): "'900 calls a day in winter' is generic winter (XXXX-WI); read as 2024-WI",
    ("405:r084", "4am"): "'at 4am on a Tuesday' is generic; anchored to the reference day, 2026-04-15T04:00",
    ("405:r088", "its first week"): "'in its first week' (a duration P1W) is not tagged",
    ("405:r092", "the second quarter"): (
        "in August, 'response times for the second quarter' is 2023-Q2; read as 2024-Q2"
    ),
    ("406:r006", "June 8"): "on April 19, 'available June 8' is 2018-06-08; read as last June, 2017-06-08",
    ("406:r023", "9"): "'tonight ... from 9 until 10:30' means 21:00 on 2022-08-21; the bare '9' is not tagged",
    ("406:r034", "fiscal 2018"): "'fiscal 2018' is tagged as calendar year 2018, not FY2018",
    ("406:r035", "June 2"): "in March, 'would release ... on June 2' is 2023-06-02; read as last June, 2022-06-02",
    ("406:r048", "fourth-quarter"): "in July, 'planning fourth-quarter ... releases' is 2021-Q4; read as 2020-Q4",
    ("406:r056", "December"): "on 2016-12-30, 'through 2017 ... in December' is 2017-12; read as 2016-12",
    ("406:r060", "more than 18 months"): "'more than 18 months old' (a duration P18M) is not tagged",
    ("406:r067", "Independence Day"): (
        "'On Independence Day' is expected as today, 2024-08-15; read as July 4, 2025-07-04"
    ),
    ("406:r067", "8 am"): "'at 8 am' on Independence Day is 2024-08-15T08:00; anchored to 2025-07-04T08:00",
    ("406:r084", "May"): "in July, 'originally scheduled for May' is May 2023; read as next May, 2024-05",
    ("406:r086", "November"): "'every month except November and December' is generic (XXXX-11); read as 2022-11",
    ("406:r086", "December"): "'every month except November and December' is generic (XXXX-12); read as 2022-12",
    ("406:r090", "the foreseeable future"): "'shuttered for the foreseeable future' (FUTURE_REF) is not tagged",
    ("406:r101", "Friday the 13th of that July"): (
        "'Friday the 13th of that July' is 1973-07-13; split into Friday 2020-10-30 and July 2020-07"
    ),
    ("407:r010", "Tuesday"): (
        "on Thursday, 'I hit submit ... on Tuesday' is 2026-02-03; read as next Tuesday, 2026-02-10"
    ),
    ("407:r010", "4:58 pm"): "'on Tuesday at 4:58 pm' is 2026-02-03T16:58; anchored to next Tuesday, 2026-02-10T16:58",
    ("407:r019", "12"): "'Fellowships last between 12 and 24 months' (12 as P12M) is not tagged",
    ("407:r021", "Thursday"): (
        "on Sunday, 'missed Thursday's deadline' is 2016-03-03; read as next Thursday, 2016-03-10"
    ),
    ("407:r023", "fiscal year 2018"): "'fiscal year 2018' is tagged as calendar year 2018, not FY2018",
    ("407:r033", "today"): "'today's funders' is expected as PRESENT_REF; read as the day 2022-06-01",
    ("407:r033", "a single fiscal year"): "'within a single fiscal year' (a duration P1Y) is not tagged",
    ("407:r053", "a fortnight"): "'extended by a fortnight on Wednesday' (P2W) is merged into one date, 2016-02-03",
    ("407:r053", "Wednesday"): "'on Wednesday' is 2016-01-13; merged into 'a fortnight on Wednesday', dated 2016-02-03",
    ("407:r054", "30 June each year"): "'by 30 June each year' (one SET XXXX-06-30) is split into a DATE and a SET P1Y",
    ("407:r057", "fiscal 2019"): "'fiscal 2019' is tagged as calendar year 2019, not FY2019",
    ("407:r064", "a full academic year"): "'for a full academic year' (a duration P1Y) is not tagged",
    ("407:r075", "three"): "'extensions of three to six months' (three as P3M) is not tagged",
    ("407:r087", "5"): "'between 5 and 7 a.m.' over three weeks is habitual; '5' anchored to 2020-12-05T05:00",
    ("407:r087", "7 a.m."): (
        "'between 5 and 7 a.m.' over three weeks is habitual; '7 a.m.' anchored to 2020-12-05T07:00"
    ),
    ("407:r088", "the 2022 fiscal year"): (
        "'the 2022 fiscal year' (FY2022) is tagged only as '2022', calendar year 2022"
    ),
    ("407:r095", "March 1"): "in January, 'from March 1' is 2024-03-01; read as last March, 2023-03-01",
    ("407:r100", "the start of the 2027 fiscal year"): (
        "'the start of the 2027 fiscal year' (FY2027) is cut to 'the start of the 2027', year 2027"
    ),
    ("407:r108", "late autumn"): (
        "in April, 'a single deadline in late autumn' is 2019-FA; read as last autumn, 2018-FA"
    ),
    ("407:r108", "the following spring"): (
        "'interviews the following spring' after autumn 2019 is 2020-SP; read as 2019-SP"
    ),
    ("408:r010", "an hour"): "'ran a train an hour' (a rate) is tagged as a duration PT1H, not a SET",
    ("408:r024", "per hour"): "'24 trains per hour' (a SET PT1H) is not tagged",
    ("408:r040", "weekday evenings"): "'on weekday evenings' (a SET XXXX-WXX-WDTEV) is not tagged",
    ("408:r047", "10"): "'delayed ... by 10 to 12 hours' (10 as PT10H) is not tagged",
    ("408:r053", "the bank holiday"): "'heading home on the bank holiday' (today, 2016-08-29) is not tagged",
    ("408:r062", "Monday"): "'Monday and Friday ridership' is generic Monday (XXXX-WXX-1); read as 2021-09-27",
    ("408:r062", "Friday"): "'Monday and Friday ridership' is generic Friday (XXXX-WXX-5); read as 2021-10-01",
    ("408:r067", "the next month"): "'For the next month' (a duration P1M) is tagged as the date 2024-02",
    ("408:r084", "Sunday"): "'Sunday services start an hour earlier' is every Sunday (SET); read as today, 2018-12-09",
    ("408:r084", "08:00"): "'Sunday services start ... at 08:00' is a generic time; anchored to 2018-12-09T08:00",
    ("408:r104", "biannual"): "'the biannual cycle' (a SET P6M) is not tagged",
    ("408:r107", "Sunday"): "'a half-hourly Sunday service' is every Sunday (SET); read as today, 2019-12-15",
    ("409:r022", "1.15am"): "'ran until 1.15am' after the 10 December ceremony is 2015-12-11; read as 2015-12-10",
    ("409:r044", "a week ago"): "'began a week ago' is the day 2016-10-03; read as the week 2016-W40",
    ("409:r047", "years"): "'exposed years of unpaid overtime' (a duration PXY) is not tagged",
    ("409:r056", "11.45am CEST"): (
        "'at 11.45am CEST ... on Tuesday' is 2025-10-07; anchored to the reference day, 2025-10-11"
    ),
    ("409:r056", "nine"): "'I was asleep by nine' on Tuesday (2025-10-07T21:00) is not tagged",
    ("409:r077", "13 October"): "in July, 'the winner named ... on 13 October' is 2015-10-13; read as 2014-10-13",
    ("409:r084", "9"): "'Judging began at 9' on Friday (2018-08-10T09:00) is not tagged",
    ("409:r084", "2:30"): "'ran until 2:30' on Friday is 2018-08-10T14:30; anchored to the reference day, 2018-08-11",
    ("410:r003", "12.30 pm"): "'registration counter will close at 12.30 pm' is generic; anchored to 2016-11-02T12:30",
    ("410:r006", "Saturday morning"): (
        "'The new Saturday morning clinic' is a recurring SET; read as this Saturday, 2018-09-29TMO"
    ),
    ("410:r007", "10am"): "'the usual 10am-8pm on Monday' is expected as T10:00 or 2025-05-12; anchored to 2025-05-11",
    ("410:r016", "seven days"): "'seven days and 48 hours before' is merged into one duration P7DT48H, not P7D",
    ("410:r016", "48 hours"): "'seven days and 48 hours before' is merged into one duration P7DT48H, not PT48H",
    ("410:r017", "1 pm"): "'after 1 pm will not be registered' is a generic daily time; anchored to 2016-02-04T13:00",
    ("410:r019", "9 a.m."): "'Visiting hours remain 9 a.m.' is a generic daily time; anchored to Tuesday, 2022-05-31",
    ("410:r019", "9 p.m."): "'Visiting hours ... to 9 p.m.' is a generic daily time; anchored to Tuesday, 2022-05-31",
    ("410:r023", "three and a half hours"): "'three and a half hours' is written PT3H30M, not PT3.5H or PT210M",
    ("410:r024", "7.30am"): "'first Tuesday of every month ... at 7.30am' is generic; anchored to 2026-03-03T07:30",
    ("410:r030", "4 pm"): "'visiting time to 4 pm to 6 pm' is a generic daily time; 4 pm anchored to 2019-11-20",
    ("410:r030", "6 pm"): "'visiting time to 4 pm to 6 pm' is a generic daily time; 6 pm anchored to 2019-11-20",
    ("410:r033", "about six"): "'every evening at about six' (a generic T18:00) is not tagged",
    ("410:r037", "12 noon"): "'from 12 noon to 1pm' is tagged only as 'noon', anchored to 2023-07-28; T12:00 expected",
    ("410:r037", "1pm"): "'from 12 noon to 1pm' mealtimes are a generic daily time; 1pm anchored to 2023-07-28",
    ("410:r037", "5pm"): "'5pm to 6pm' mealtimes are a generic daily time; 5pm anchored to 2023-07-28",
    ("410:r037", "6pm"): "'5pm to 6pm' mealtimes are a generic daily time; 6pm anchored to 2023-07-28",
    ("410:r048", "9am"): (
        "'between 9am and 1pm on Tuesday 2 November': 9am is put on the publication day, not 2021-11-02"
    ),
    ("410:r048", "1pm"): (
        "'between 9am and 1pm on Tuesday 2 November': 1pm is put on the publication day, not 2021-11-02"
    ),
    ("410:r055", "8pm"): (
        "'visiting stopped at 8pm' ten years ago is anchored to the publication day, not left as T20:00"
    ),
    ("410:r069", "8 pm"): (
        "'between 8 pm and 8 am' (a standing rule) is anchored to the publication day, not left as T20:00"
    ),
    ("410:r069", "8 am"): (
        "'between 8 pm and 8 am' (a standing rule) is anchored to the next day, 2024-01-10, not T08:00"
    ),
    ("410:r072", "2.40pm"): "'a 2.40pm appointment' (any day) is anchored to the publication day, not left as T14:40",
    ("410:r072", "half past one"): (
        "'fills up by half past one' (before a 2.40pm slot) is read as 01:30 the next day, not T13:30"
    ),
    ("410:r084", "a year earlier"): (
        "'week ending Dec. 30 ... a year earlier' is read as the day 2016-12-30, not the week 2016-W52"
    ),
    ("410:r095", "3am"): (
        "'could come and go at 3am' (any night) is anchored to the publication day, not left as T03:00"
    ),
    ("410:r098", "5 pm"): (
        "'visiting ... only from 5 pm to 7 pm' (new rules) is anchored to the publication day, not T17:00"
    ),
    ("410:r098", "7 pm"): (
        "'visiting ... only from 5 pm to 7 pm' (new rules) is anchored to the publication day, not T19:00"
    ),
    ("410:r099", "10am"): "'from 10am to 9pm on December 24, 25 and 26' is put on Dec 24 only, not left as T10:00",
    ("410:r099", "9pm"): "'from 10am to 9pm on December 24, 25 and 26' is put on Dec 24 only, not left as T21:00",
    ("410:r105", "11"): "'the two-minute silence ... at 11' (11:00 this morning) is not tagged",
    ("410:r108", "8 am"): "'from Monday, with registration from 8 am' is put on Monday 2026-07-13, not left as T08:00",
    ("410:r108", "11 am"): (
        "'from Monday, with registration from 8 am to 11 am' is put on Monday 2026-07-13, not left as T11:00"
    ),
    ("411:r031", "the end of the year"): (
        "'lifted by the end of the year' is read as 1996 (from '1980 and 1996'), not 2021"
    ),
    ("411:r039", "fiscal 2023"): "'fiscal 2023' is written as the calendar year 2023, not FY2023",
    ("411:r050", "today"): (
        "'today, some 9,000 heart transplants' (the present era) is read as 2026-04-15, not PRESENT_REF"
    ),
    ("411:r052", "1"): "'this afternoon from 1 to 5': the bare '1' (2016-05-15T13:00) is not tagged",
    ("411:r052", "5"): "'this afternoon from 1 to 5': the bare '5' (2016-05-15T17:00) is not tagged",
    ("411:r053", "a year later"): (
        "'in March 2015 and received one a year later' is read as the year 2016, not the month 2016-03"
    ),
    ("411:r062", "the coming years"): "'in the coming years' is tagged as a duration PXY, not the date FUTURE_REF",
    ("411:r074", "the year"): (
        "'Figures for the year to 31 March' is tagged as the date 2016, not a duration P1Y or FY2016"
    ),
    ("411:r083", "15"): "'lasts 15 to 20 years': the bare '15' (P15Y) is not tagged",
    ("411:r083", "10"): "'10 to 15 years for one from a deceased donor': the bare '10' (P10Y) is not tagged",
    ("411:r095", "2 May every year"): (
        "'2 May every year' is split into the date 2026-05-02 and a SET P1Y, not one SET XXXX-05-02"
    ),
    ("412:r002", "12 weekends"): "'shut for 12 weekends' is read as 24 days, P24D, not P12WE",
    ("412:r017", "8pm"): "'overnight on 2, 3 and 4 June, from 8pm' is put on June 4 only, not left as XXXX-XX-XXT20:00",
    ("412:r017", "6am"): "'overnight on 2, 3 and 4 June, from 8pm to 6am' is put on June 5 only, not XXXX-XX-XXT06:00",
    ("412:r025", "three weekends"): "'close completely for three weekends' is read as 6 days, P6D, not P3WE",
    ("412:r026", "each weekday morning"): (
        "'each weekday morning' is tagged as 'each weekday' (XXXX-WXX-WD), dropping the morning (TMO)"
    ),
    ("412:r028", "9pm"): (
        "'10 consecutive nights from Sunday ... between 9pm' is put on 2017-12-10 only, not XXXX-XX-XXT21:00"
    ),
    ("412:r028", "5.30am"): (
        "'10 consecutive nights ... 9pm and 5.30am' is put on 2017-12-11 only, not XXXX-XX-XXT05:30"
    ),
    ("412:r029", "the next month"): (
        "'every Saturday night for the next month' is tagged as the date 2018-03, not a duration P1M"
    ),
    ("412:r032", "Monday"): (
        "'nightly next week, Monday through Thursday' is tagged as a SET of Mondays, not 2021-01-11"
    ),
    ("412:r032", "Thursday"): (
        "'nightly next week, Monday through Thursday' is tagged as a SET of Thursdays, not 2021-01-14"
    ),
    ("412:r040", "12 weekends"): "'For 12 weekends this summer' is read as 24 days, P24D, not P12WE",
    ("412:r043", "four weekends"): "'over four weekends in the summer' is read as 8 days, P8D, not P4WE",
    ("412:r051", "the weekend"): (
        "'the weekend, from 11pm Friday 25 September' is read as 2015-W38-WE, not the next one, W39"
    ),
    ("412:r052", "two weekends"): "'demolished over two weekends in July' is read as 4 days, P4D, not P2WE",
    ("412:r058", "05:00"): "'limited to 22:00-05:00 on weeknights': the '05:00' after the hyphen is not tagged",
    ("412:r061", "four weekends"): "'over four weekends starting Jan. 17' is read as 8 days, P8D, not P4WE",
    ("412:r071", "9pm"): (
        "'from 9pm to 6am for five nights from Monday' is put on the publication day, not XXXX-XX-XXT21:00"
    ),
    ("412:r071", "6am"): (
        "'from 9pm to 6am for five nights from Monday' is put on 2024-03-04 only, not XXXX-XX-XXT06:00"
    ),
    ("412:r076", "10pm"): "'at 10pm on Tuesday' is left undated (XXXX-XX-XXT22:00), not 2015-04-07T22:00",
    ("412:r081", "Friday night"): (
        "'routinely ... from Friday night' is read as last Friday, 2017-07-28TNI, not XXXX-WXX-5TNI"
    ),
    ("412:r081", "Monday morning"): (
        "'routinely ... to Monday morning' is read as 2017-07-31TMO, not any Monday, XXXX-WXX-1TMO"
    ),
    ("412:r083", "the next six weekends"): "'for the next six weekends' is read as 12 days, P12D, not P6WE",
    ("412:r093", "Three weekends"): "'Three weekends down, one to go' is read as 6 days, P6D, not P3WE",
    ("412:r102", "Quarterly"): "'Quarterly inspections' (a SET P3M) is not tagged",
    ("412:r102", "midnight"): (
        "'typically from midnight to 5am' is anchored to the publication day, not XXXX-XX-XXT00:00"
    ),
    ("412:r102", "5am"): "'typically from midnight to 5am' is anchored to the publication day, not XXXX-XX-XXT05:00",
    ("413:r006", "midnight"): (
        "'on Sunday, with midnight services' is read as the end of Sunday, 2023-04-09T24:00, not its start"
    ),
    ("413:r011", "annual"): "'its annual Reformation Sunday service' (a SET P1Y) is not tagged",
    ("413:r012", "3.15am"): (
        "'the monks here have risen at 3.15am' is anchored to the publication day, not left as T03:15"
    ),
    ("413:r026", "6pm"): "'Weekend Masses ... at 6pm on Saturday' is put on 2017-08-26, not left as T18:00",
    ("413:r026", "Saturday"): "'Weekend Masses ... on Saturday' is tagged as the date 2017-08-26, not a SET XXXX-WXX-6",
    ("413:r026", "8.30am"): (
        "'Weekend Masses ... at 8.30am and 11am on Sunday' is put on 2017-08-27, not left as T08:30"
    ),
    ("413:r026", "11am"): "'Weekend Masses ... at 8.30am and 11am on Sunday' is put on 2017-08-27, not left as T11:00",
    ("413:r026", "Sunday"): (
        "'at 8.30am and 11am on Sunday' (weekly) is tagged as the date 2017-08-27, not a SET XXXX-WXX-7"
    ),
    ("413:r026", "Monday"): (
        "'weekday Mass ... Monday to Friday' is tagged as the date 2017-08-28, not a SET XXXX-WXX-1"
    ),
    ("413:r026", "Friday"): (
        "'weekday Mass ... Monday to Friday' is tagged as the date 2017-09-01, not a SET XXXX-WXX-5"
    ),
    ("413:r028", "annual"): "'The annual pancake race' (a SET P1Y) is not tagged",
    ("413:r028", "the following morning"): (
        "'Shrove Tuesday, February 13 ... the following morning' is read as Feb 15, not 2024-02-14TMO"
    ),
    ("413:r028", "7.30am"): (
        "'the following morning at 7.30am' after February 13 is put on Feb 15, not 2024-02-14T07:30"
    ),
    ("413:r034", "7.30"): "'from 7.30 to 9pm' is read as 07:30 undated (XXXX-XX-XXT07:30), not 19:30 (T19:30)",
    ("413:r035", "annual"): "'The annual feast' (a SET P1Y) is not tagged",
    ("413:r035", "5 pm"): "'January 10 to 20 ... at 5 pm on the first day' is put on Jan 20, not 2020-01-10T17:00",
    ("413:r035", "the first day"): "'on the first day' of the feast, January 10 to 20 (2020-01-10), is not tagged",
    ("413:r049", "this week"): (
        "'Wednesday this week' is tagged as one date, 2022-09-14; 'this week' (2022-W37) is not tagged"
    ),
    ("413:r056", "March 22@28"): (
        "'Easter can fall as early as March 22' (any year) is read as 2018-03-22, not XXXX-03-22"
    ),
    ("413:r056", "April 25"): "'as late as April 25' (any year) is read as 2018-04-25, not XXXX-04-25",
    ("413:r056", "March 22@87"): (
        "'The last time it fell on March 22 was in 1818' is read as 2018-03-22, not 1818-03-22"
    ),
    ("413:r067", "June 17"): (
        "'to noon June 17-21' is tagged as 'noon June 17', a TIME at 12:00, not the date 2019-06-17"
    ),
    ("413:r067", "21"): "'June 17-21': the '21' after the hyphen (2019-06-21) is not tagged",
    ("413:r070", "10am"): (
        "'at 10am on Whit Friday' is put on the publication day, 2022-06-06, not Whit Friday, June 10"
    ),
    ("413:r073", "8am"): "'served at the 8am Mass for nearly a decade' is anchored to the publication day, not T08:00",
    ("413:r081", "12 noon"): "'the 12 noon Mass' is tagged as 'noon' on the publication day, not '12 noon' as T12:00",
    ("413:r084", "9:30"): "'before coming to the 9:30 service' (Sunday, 2018-11-04T09:30) is not tagged",
    ("413:r086", "Saturday morning"): (
        "'House private on Saturday morning' is read as last Saturday, 2019-11-16, not 2019-11-23"
    ),
    ("413:r087", "the final day"): (
        "'nercha distribution on the final day' of the eight-day feast (2022-09-08) is not tagged"
    ),
    ("413:r088", "Christmas"): "'Why is Christmas on December 25?' (any year) is read as 2016-12-25, not XXXX-12-25",
    ("413:r088", "December 25"): "'Christmas on December 25' (any year) is read as 2016-12-25, not XXXX-12-25",
    ("413:r089", "Twelfth Night"): "'on Twelfth Night, January 5': 'Twelfth Night' (XXXX-01-05) is not tagged",
    ("413:r089", "the 6th"): "'insisted ... that it was the 6th' (XXXX-01-06) is not tagged",
    ("413:r093", "2pm"): "'second Tuesday of the month at 2pm' (monthly) is put on 2025-03-11, not left as T14:00",
    ("413:r094", "8am"): "'the 8am and 9.30am Sunday congregations' is put on Sunday 2024-10-20, not left as T08:00",
    ("413:r094", "9.30am"): "'9.30am Sunday' is tagged together as 2024-10-20T09:30, not '9.30am' alone as T09:30",
    ("413:r094", "9am"): (
        "'a single 9am service from the first Sunday of Advent' is put on 2024-10-20, not left as T09:00"
    ),
    ("413:r094", "the first Sunday of Advent"): (
        "'the first Sunday of Advent' is tagged only as 'Sunday', 2024-10-20, not 2024-12-01"
    ),
    ("413:r096", "the final day"): (
        "'the final day of a five-day visit' (Sunday, September 14, 2025-09-14) is not tagged"
    ),
    ("413:r097", "Saturday"): "'two weddings on Saturday' is this Saturday, 2023-09-16; read as 2023-09-09",
    ("413:r097", "10 o'clock"): "'the 10 o'clock on Sunday' is 2023-09-17T10:00; read as 2023-09-03T10:00",
    ("413:r097", "Sunday"): "'on Sunday' is this Sunday, 2023-09-17; read as 2023-09-03",
    ("413:r101", "the evening of Advent Sunday"): (
        "'the evening of Advent Sunday' (2025-11-30TEV) is not tagged; only 'Sunday', as 2025-11-23"
    ),
    ("413:r102", "the first Sunday of Advent"): (
        "'the first Sunday of Advent' (2021-11-28) is not tagged; only 'Sunday', as 2021-10-24"
    ),
    ("413:r103", "late November"): (
        "generic 'begins in late November' (XXXX-11) is anchored to the reference year, 2020-11"
    ),
    ("413:r103", "early December"): "generic 'or early December' (XXXX-12) is anchored to the reference year, 2020-12",
    ("413:r104", "St John's Eve"): "'The St John's Eve bonfire' (Monday, June 23, 2025-06-23) is not tagged",
    ("414:r022", "December"): "'fiscal 2024, which ends in December' is 2024-12; read as 2023-12",
    ("414:r032", "5.30 am"): "daily hours 'from 5.30 am' (T05:30) are anchored to February 15, 2020-02-15T05:30",
    ("414:r032", "9.30 pm"): "daily hours 'to 9.30 pm' (T21:30) are anchored to February 15, 2020-02-15T21:30",
    ("414:r032", "Monday"): "'Monday as the weekly holiday' (a SET XXXX-WXX-1) is read as a date, 2020-02-03",
    ("414:r036", "8am"): "'open 8am-4pm on Saturday' is 2024-03-30T08:00; anchored to 2024-04-01 instead",
    ("414:r048", "5.30 this morning"): (
        "'5.30 this morning' is tagged only as 'this morning' (2024-11-05TMO), without the 05:30"
    ),
    ("414:r048", "6"): "'opened at 5.30 ... instead of 6' (06:00 this morning) is not tagged",
    ("414:r051", "10"): "'through the turnstiles by 10' (10:00 on Friday, 2015-01-02) is not tagged",
    ("414:r054", "9 pm"): "Ramadan hours 'from 9 pm' (generic T21:00) are anchored to 2018-05-16T21:00",
    ("414:r054", "1 am"): "Ramadan hours 'to 1 am' (generic T01:00) are anchored to 2018-05-17T01:00",
    ("414:r057", "dawn"): "'at dawn on New Year's Day' (2021-01-01TMO) is not tagged",
    ("414:r061", "6.15am"): "generic 'BodyPump at 6.15am on a Monday' (T06:15) is anchored to 2025-09-13",
    ("414:r061", "a Monday"): "generic 'at 6.15am on a Monday' (XXXX-WXX-1) is not tagged",
    ("414:r070", "a Saturday"): "'one public swim on a Saturday' (a SET XXXX-WXX-6) is read as a date, 2022-10-01",
    ("414:r070", "2.30pm"): "generic 'on a Saturday, from 2.30pm' (T14:30) is anchored to 2022-10-01T14:30",
    ("414:r070", "4pm"): "generic 'from 2.30pm to 4pm' (T16:00) is anchored to 2022-10-01T16:00",
    ("414:r072", "7am"): "generic 'the 7am and 6pm slots' (T07:00) is anchored to the reference date, 2024-08-29",
    ("414:r072", "6pm"): "generic 'the 7am and 6pm slots' (T18:00) is anchored to the reference date, 2024-08-29",
    ("414:r073", "8 a.m."): (
        "'pools will open ... at 8 a.m.' for all of August (generic T08:00) is anchored to 2025-07-24"
    ),
    ("414:r074", "July 1"): "in February 2026, 'funded for four years from July 1' is 2026-07-01; read as 2025-07-01",
    ("414:r078", "7am"): "'pushes lane swimming back to 7am' (generic T07:00) is anchored to 2017-07-13",
    ("414:r080", "about 2.30am"): "'at about 2.30am on both occasions' (generic T02:30) is anchored to 2019-06-28",
    ("414:r083", "7 tomorrow morning"): (
        "'7 tomorrow morning' is tagged only as 'tomorrow morning' (2021-04-12TMO), without the 07:00"
    ),
    ("414:r091", "Friday night"): "'The Friday night Pool Party sessions' (recurring, a SET) is read as 2016-10-14TNI",
    ("414:r092", "every quarter-hour"): "'every quarter-hour' (PT15M) is cut to 'every quarter' and read as P3M",
    ("414:r093", "6 am"): "pool hours 'from 6 am' (generic T06:00) are anchored to the reference date, 2018-12-10",
    ("414:r093", "10 am"): "pool hours 'to 10 am' (generic T10:00) are anchored to the reference date, 2018-12-10",
    ("414:r093", "4 pm"): "pool hours '4 pm to 8 pm' (generic T16:00) are anchored to the reference date, 2018-12-10",
    ("414:r093", "8 pm"): "pool hours '4 pm to 8 pm' (generic T20:00) are anchored to the reference date, 2018-12-10",
    ("414:r094", "around 3.15 yesterday afternoon"): (
        "'3.15 yesterday afternoon' is 15:15; 'afternoon' is left out and it is read as 03:15"
    ),
    ("414:r096", "a Monday"): "'cleaned weekly, usually on a Monday' (a SET XXXX-WXX-1) is not tagged",
    ("414:r096", "Tuesday"): "'usually on a Monday or Tuesday' (a SET XXXX-WXX-2) is read as a date, 2021-11-30",
    ("414:r099", "mid-afternoon"): "'Go mid-afternoon on a weekday' (generic XXXX-XX-XXTAF) is not tagged",
    ("414:r099", "a weekday"): "'mid-afternoon on a weekday' (a SET XXXX-WXX-WD) is not tagged",
    ("414:r106", "10 pm"): "'open till 10 pm during the summer vacation' (generic T22:00) is anchored to 2017-04-11",
    ("415:r001", "every 10"): "elliptical 'instead of every 10' (minutes, a SET PT10M) is not tagged",
    ("415:r005", "every 7.5 minutes"): "'every 7.5 minutes' is valued PT7M30S, not PT7.5M as expected",
    ("415:r011", "09:30"): "'from 09:30 to 15:30' on many days (generic) is anchored to Monday 23 March, 2026-03-23",
    ("415:r011", "15:30"): "'from 09:30 to 15:30' on many days (generic) is anchored to Monday 23 March, 2026-03-23",
    ("415:r013", "06:45"): "'The next bus, at 06:45, will run every weekday' (generic) is anchored to 2024-01-30",
    ("415:r018", "1 a.m."): "nightly 'between 1 a.m. and 4 a.m.' (generic T01:00) is anchored to Feb. 16, 2025-02-16",
    ("415:r018", "4 a.m."): "nightly 'between 1 a.m. and 4 a.m.' (generic T04:00) is anchored to Feb. 16, 2025-02-16",
    ("415:r022", "weekday evenings"): "'every 20 minutes on weekday evenings' (a SET XXXX-WXX-WDTEV) is not tagged",
    ("415:r023", "midnight"): "'cut back to a midnight finish' (generic T24:00) is anchored to this Friday, 2022-01-14",
    ("415:r024", "2am"): "'the N9 at 2am on a Tuesday' (generic T02:00) is anchored to the reference date, 2024-04-13",
    ("415:r029", "07:00"): "'reach the 07:00 shift change' (generic T07:00) is not tagged",
    ("415:r031", "the fall"): "'the second in the fall' follows June 26, 2021, so 2021-FA; read as 2020-FA",
    ("415:r034", "6.52"): "'catching the 6.52 from Stop K' (a trip named by its time) is not tagged",
    ("415:r035", "24-hour"): "'The 24-hour Route 25' (a duration PT24H) is not tagged",
    ("415:r043", "14:05"): "'the 14:05 to Keswick' (a trip named by its time) is not tagged",
    ("415:r047", "12:45 a.m."): "'the last bus ... at 12:45 a.m.' (generic) is anchored to April 23, 2023-04-23T00:45",
    ("415:r050", "Election day"): "'Election day: ... today' is the reference date, 2015-05-07; read as 2015-11-03",
    ("415:r051", "23:15"): "'moving from 23:15 to 22:45' (generic T23:15) is anchored to 2015-10-26",
    ("415:r051", "22:45"): "'moving from 23:15 to 22:45' (generic T22:45) is anchored to 2015-10-26",
    ("415:r057", "every 15"): "elliptical 'instead of every 15' (minutes, a SET PT15M) is not tagged",
    ("415:r062", "Monday"): "timetable 'Monday to Friday' (a SET XXXX-WXX-1) is read as a date, 2026-04-13",
    ("415:r062", "Friday"): "timetable 'Monday to Friday' (a SET XXXX-WXX-5) is read as a date, 2026-04-17",
    ("415:r062", "07:00"): "timetable 'between 07:00 and 19:00' (generic T07:00) is anchored to 2026-04-17",
    ("415:r062", "19:00"): "timetable 'between 07:00 and 19:00' (generic T19:00) is anchored to 2026-04-17",
    ("415:r062", "Saturday"): "timetable 'Saturday: every 20 minutes' (a SET XXXX-WXX-6) is read as a date, 2026-04-11",
    ("415:r062", "Sunday"): "timetable 'Sunday: hourly' (a SET XXXX-WXX-7) is read as a date, 2026-04-12",
    ("415:r064", "Monday"): "'at 11:30 p.m. Monday through Saturday' (a SET XXXX-WXX-1) is read as a date, 2017-04-24",
    ("415:r064", "Saturday"): (
        "'at 11:30 p.m. Monday through Saturday' (a SET XXXX-WXX-6) is read as a date, 2017-04-29"
    ),
    ("415:r064", "9 p.m."): "'up from 9 p.m. now' (generic T21:00) is anchored to 2017-04-29T21:00",
    ("415:r068", "00:12"): "'the 00:12 from Leeds bus station' (a trip named by its time) is not tagged",
    ("415:r073", "every 8"): "elliptical 'rather than every 8' (minutes, a SET PT8M) is not tagged",
    ("415:r075", "8 p.m."): "'every 30 minutes after 8 p.m.' (generic T20:00) is anchored to 2021-03-16",
    ("415:r079", "5:40 a.m."): "'The 5:40 a.m. run' (a trip named by its time, generic) is anchored to 2016-01-12",
    ("415:r085", "8pm"): "'every Thursday ... open until 8pm' (generic T20:00) is anchored to 2019-12-07",
    ("415:r086", "5 am"): "'services starting at 5 am' (generic T05:00) is anchored to Monday, 2020-09-14",
    ("415:r086", "10 pm"): "'ending at 10 pm' (generic T22:00) is anchored to Monday, 2020-09-14",
    ("415:r090", "18:20"): "'the last bus home from town is now at 18:20' (generic) is anchored to 2022-02-26",
    ("415:r095", "6pm"): "'rural routes now finishing before 6pm' (generic T18:00) is anchored to 2025-10-27",
    ("415:r103", "every 7.5 minutes"): "'every 7.5 minutes' is valued PT7M30S, not PT7.5M as expected",
    ("415:r103", "every 15"): "elliptical 'instead of every 15' (minutes, a SET PT15M) is not tagged",
    ("415:r104", "7.15"): "'the 7.15 is still turning up' (a trip named by its time) is not tagged",
    ("416:r013", "Sunday evening"): (
        "'now centred on Sunday evening' is the coming Sunday, 2018-04-01; read as last Sunday, 03-25"
    ),
    ("416:r029", "fiscal 2018"): "'in fiscal 2018' is tagged as calendar year 2018, not FY2018",
    ("416:r034", "Monday"): (
        "'Monday through Friday' in a weekly schedule is any Monday; read as next Monday, 2019-02-04"
    ),
    ("416:r034", "Friday"): (
        "'Monday through Friday' in a weekly schedule is any Friday; read as next Friday, 2019-02-08"
    ),
    ("416:r036", "the early hours of Friday"): (
        "'the early hours of Friday' is tagged only as 'Friday' (a DATE), without the time of day"
    ),
    ("416:r051", "17:35 UTC Saturday"): (
        "'17:35 UTC Saturday' is split in two and read as last Saturday, 2015-01-10, not 01-17"
    ),
    ("416:r052", "every clear night"): "'every clear night' (a SET) is not tagged",
    ("416:r079", "the early hours of Wednesday"): (
        "'the early hours of Wednesday' is tagged only as 'Wednesday' (a DATE), without the time of day"
    ),
    ("416:r085", "a minute"): "'one satellite a minute' (a rate) is tagged as a duration PT1M, not a SET",
    ("416:r092", "FY2022"): "'in FY2022' is tagged as calendar year 2022, not FY2022",
    ("417:r009", "midnight"): "'As of midnight' on 2020-01-01 is tagged without a date, as XXXX-XX-XXT24:00",
    ("417:r034", "the Roaring Twenties"): "'the Roaring Twenties' (the 1920s, 192) is not tagged",
    ("417:r044", "the fourth quarter"): (
        "in May, 'as early as the fourth quarter' is 2024-Q4; read as last year's, 2023-Q4"
    ),
    ("417:r046", "50"): "'from 50 to 70 years': the bare '50' (P50Y) is not tagged",
    ("417:r053", "June 4"): "'expires on Dec. 4, 2027, rather than June 4' is 2027-06-04; read as 2019-06-04",
    ("417:r057", "quarterly"): "'quarterly royalties' (a SET P3M) is not tagged",
    ("417:r079", "two"): "'between two and ten years': the bare 'two' (P2Y) is not tagged",
    ("417:r099", "the hour"): "'within the hour' (a duration PT1H) is not tagged",
    ("418:r014", "Christmas Eve"): "after 'the autumn of 2018', 'on Christmas Eve' is 2018-12-24; read as 2019-12-24",
    ("418:r014", "the day after"): (
        "'Christmas Eve, the day after' is 2018-12-24; read as 2019-12-24, as for Christmas Eve"
    ),
    ("418:r020", "ten tomorrow morning"): (
        "'at ten tomorrow morning' is tagged only as 'tomorrow morning' (TMO), without the 10:00"
    ),
    ("418:r079", "the previous evening"): (
        "'the previous evening' before 18 December 2020 is 2020-12-17TEV; read as 2021-12-05TEV"
    ),
    ("418:r080", "the 2020-21 financial year"): (
        "'the 2020-21 financial year' is split into '2020' and '21' as calendar years, not FY2021"
    ),
    ("418:r084", "the day after"): (
        "'died in hospital the day after' (2022-04-18, after last Easter Sunday) is not tagged"
    ),
    ("418:r092", "months"): "'sometimes months' (a vague duration PXM) is not tagged",
    ("418:r103", "Christmas"): "in August, 'dismissed a week before Christmas' is Christmas 2018; read as 2019-12-25",
    ("419:r005", "July"): "in October, 'Arrears for July' is July 2024; read as next July, 2025-07",
    ("419:r005", "August"): "in October, 'Arrears for July, August' is August 2024; read as next August, 2025-08",
    ("419:r005", "September"): "in October, 'Arrears for July, August and September' is 2024-09; read as 2025-09",
    ("419:r022", "fiscal 2026"): "'for fiscal 2026' is tagged as calendar year 2026, not FY2026",
    ("419:r040", "Q3"): "in October, 'the Q3 arrears run' is 2024-Q3; read as next year's, 2025-Q3",
    ("419:r044", "January"): "on March 31, 'allowance for January' is 2022-01; read as 2023-01",
    ("419:r044", "February"): "on March 31, 'allowance for January, February' is 2022-02; read as 2023-02",
    ("419:r044", "March"): "on March 31, 'allowance for January, February and March' is 2022-03; read as 2023-03",
    ("419:r047", "the decade"): "'the decade ended' (the 2010s, 201) is not tagged",
    ("419:r060", "October 1"): "in June, 'from October 1' is the coming 2022-10-01; read as last year's, 2021-10-01",
    ("419:r070", "FY24"): "'in FY24' is tagged as calendar year 2024, not FY2024",
    ("419:r074", "Independence Day"): (
        "'the Independence Day function on Sunday' is 2021-08-15; read as July 4, 2021-07-04"
    ),
    ("419:r081", "fiscal year 2024-25"): (
        "'fiscal year 2024-25' is split into 'fiscal year 2024' and '25' as calendar years, not FY2024"
    ),
    ("420:r005", "noon"): "'Stations of the Cross at noon' on Good Friday is 2019-04-19; read as Thursday, 04-18",
    ("420:r014", "decades"): "'decades ahead of' (a vague duration PXDE) is not tagged",
    ("420:r039", "5 p.m."): "'last entry at 5 p.m.' (daily opening hours) is anchored to the article date, 2018-06-12",
    ("420:r061", "15"): "'between 15 and 20 days': the bare '15' (P15D) is not tagged",
    ("420:r063", "325"): "'convened by the emperor Constantine in 325' (the year 0325) is not tagged",
    ("420:r090", "the coming years"): "'in the coming years' is tagged as a duration PXY, not FUTURE_REF",
    ("420:r108", "Easter Monday"): (
        "'the 2025 conclave from the Pope's death on Easter Monday' is 2025-04-21; read as 2026-04-06"
    ),
    ("420:r108", "17 days later"): (
        "'17 days later' after Easter Monday 2025 is 2025-05-08; counted from 2026-04-06 as 2026-04-23"
    ),
    ("421:r005", "Thursday"): (
        "'over the next 10 days, with Thursday' is the coming 2024-03-28; read as last Thursday, 03-21"
    ),
    ("421:r008", "05:30"): "'book the 05:30 sailing' (a generic time T05:30) is not tagged",
    ("421:r008", "08:00"): "'not the 08:00' (a generic time T08:00) is not tagged",
    ("421:r010", "7.15am"): "'the 7.15am sailing' on Friday is the coming 2021-08-27; read as last Friday, 08-20",
    ("421:r010", "Friday"): "'may be cancelled' on Friday is the coming 2021-08-27; read as last Friday, 2021-08-20",
    ("421:r027", "a year earlier"): (
        "'rise 10 percent from a year earlier' is tagged as the day 2017-02-01, not the year 2017"
    ),
    ("421:r028", "Idul Fitri"): "'ahead of Idul Fitri on Wednesday' (2024-04-10) is not tagged",
    ("421:r032", "7am"): "'reintroduced on the M20 at 7am' is today, 2015-07-30; read as the day before, 07-29",
    ("421:r037", "The Sunday after"): (
        "'The Sunday after' Thanksgiving is 2016-11-27; only 'Sunday' is tagged, as 2016-11-20"
    ),
    ("421:r041", "4am"): "'currently 4am to 10pm' (daily hours) is anchored to the article date, 2025-02-12T04:00",
    ("421:r041", "10pm"): "'currently 4am to 10pm' (daily hours) is anchored to the article date, 2025-02-12T22:00",
    ("421:r044", "the bank holiday"): "'ahead of the bank holiday' (Monday 2018-08-27) is not tagged",
    ("421:r044", "20:15"): "'the 20:15 is full' (a sailing at 2018-08-24T20:15) is not tagged",
    ("421:r048", "11pm"): "'from 6am until 11pm' (daily hours) is anchored to 1 July, 2021-07-01T23:00",
    ("421:r057", "Half a century"): "'Half a century later' is tagged as a date, 2010, not the duration P50Y",
    ("421:r058", "FY24"): "'in FY24' is tagged as calendar year 2024, not FY2024",
    ("421:r072", "a Saturday"): "'on a Saturday' (any Saturday) is read as last Saturday, 2018-06-02",
    ("421:r084", "about eight hours"): (
        "'about eight hours later' is tagged as a time, 2018-12-22T16:31, not the duration PT8H"
    ),
    ("421:r086", "the same week last year"): "'the same week last year' is read as 2023-W34, not 2023-W33",
    ("421:r087", "8.15"): "'the 8.15 to Caen' (a generic time T08:15) is not tagged",
    ("421:r103", "05:30"): "'the 05:30 sailing to Calais on Saturday' (2026-07-25T05:30) is not tagged",
    ("421:r103", "Saturday"): "'sailing to Calais on Saturday' is the coming 2026-07-25; read as last Saturday, 07-18",
    ("421:r103", "04:00"): "'check in from 04:00' on Saturday is 2026-07-25; read as last Saturday, 2026-07-18T04:00",
    ("421:r108", "Midsummer Eve"): "'Friday, Midsummer Eve' (2019-06-21) is not tagged",
    ("421:r108", "07:45"): "'the 07:45 and 12:15 departures' on Friday: '07:45' (2019-06-21T07:45) is not tagged",
    ("422:r010", "5.49pm"): "'5.49pm on Saturday' is tomorrow, 2016-10-29; read as last Saturday, 2016-10-22",
    ("422:r010", "Saturday"): "'compared with 5.49pm on Saturday' is 2016-10-29; read as last Saturday, 2016-10-22",
    ("422:r026", "29"): "'29 or 30 days': the bare '29' (P29D) is not tagged",
    ("422:r027", "Wednesday evenings"): (
        "'returns Tuesday and Wednesday evenings' is 2024-05-29TEV; tagged as a weekly SET"
    ),
    ("422:r027", "8:13 p.m."): "'at 8:13 p.m.' on Tuesday (2024-05-28) is tagged without a date, XXXX-XX-XXT20:13",
    ("422:r027", "8:12 p.m."): "'and 8:12 p.m.' on Wednesday (2024-05-29) is tagged without a date, XXXX-XX-XXT20:12",
    ("422:r041", "the fortnight"): "'in the fortnight after the full moon' (a duration P2W) is not tagged",
    ("422:r043", "8:45 a.m."): "'start class at 8:45 a.m.' (a daily time) is anchored to the article date, 2015-06-10",
    ("422:r043", "7:30 a.m."): "'instead of 7:30 a.m.' (a daily time) is anchored to the article date, 2015-06-10",
    ("422:r056", "7:20 a.m."): (
        "'early January, at 7:20 a.m.' is 2025-01-XXT07:20; anchored to Dec. 8, 2024-12-08T07:20"
    ),
    ("422:r058", "several evenings"): "'for several evenings afterward' (a vague duration PXD) is not tagged",
    ("422:r061", "3.30pm"): "'after 3.30pm in December' (any December day) is anchored to the article date, 2022-12-12",
    ("422:r061", "June"): "'their output in June' (any June, XXXX-06) is read as 2022-06",
    ("422:r070", "about 25 minutes"): (
        "'lasts about 25 minutes after that' is tagged as a time, 2018-02-10T20:19, not PT25M"
    ),
    ("422:r072", "about 1.7 milliseconds"): "'about 1.7 milliseconds' (a duration PT0.0017S) is not tagged",
    ("422:r072", "per century"): "'per century' (a SET P100Y) is not tagged",
    ("422:r077", "Midsummer Eve"): "'Midsummer Eve falls on Friday, June 23' (2017-06-23) is not tagged",
    ("422:r082", "around 9:30 p.m."): (
        "'moon setting around 9:30 p.m.' Thursday is 2021-08-12; read as Friday, 2021-08-13"
    ),
    ("422:r085", "Vernal Equinox Day"): "'Thursday is Vernal Equinox Day' (2019-03-21) is not tagged",
    ("422:r089", "November"): "'from November through February' (any year, XXXX-11) is read as 2016-11",
    ("422:r089", "February"): "'from November through February' (any year, XXXX-02) is read as 2017-02",
    ("422:r089", "10 p.m."): (
        "'at 10 p.m. the rest of the year' (a daily time) is anchored to the article date, 2016-02-17"
    ),
    ("422:r091", "FY2025"): "fiscal years are written as calendar ones (FY2025 -> 2025)",
    ("422:r091", "the April-June quarter"): (
        "'the April-June quarter' of FY2025 is 2024-Q2; read as the current 2025-Q2"
    ),
    ("422:r094", "10pm"): "'until well after 10pm' (any night) is anchored to the reference day, 2022-04-06T22:00",
    ("422:r096", "11.30pm"): "'the sun sets after 11.30pm' (any June night) is tagged as one day, 2016-06-06T23:30",
    ("422:r096", "3.30am"): "'rises again before 3.30am' (any June night) is tagged as one day, 2016-06-07T03:30",
    ("422:r100", "the early hours of Friday"): (
        "'the early hours of Friday' (night of Dec 14) is tagged only as 'Friday', a DATE"
    ),
    ("422:r104", "the weeks"): "'in the weeks around the March and September equinoxes' (PXW) is not tagged",
    ("422:r107", "5.30pm"): "'past 5.30pm by the end of July' is 2026-07-31; read as tomorrow, 2026-06-22T17:30",
    ("423:r006", "11am"): "'at 11am' of 'this weekend' (Sunday Nov 12) is anchored to the reference day, 2023-11-08",
    ("423:r007", "Kargil Vijay Diwas"): "'Kargil Vijay Diwas' (26 July, the reference day) is not tagged",
    ("423:r017", "about 4.30am"): (
        "'a century after ... at about 4.30am' is 1915-04-25; read in the reference year, 2015"
    ),
    ("423:r020", "the last Monday in May"): (
        "'observed on the last Monday in May' (a SET) is tagged as one DATE, 2023-05-29"
    ),
    ("423:r030", "VE Day"): "'overshadowed by VE Day' is the 1945 day; read as its 2020 anniversary, 2020-05-08",
    ("423:r037", "Tuesday afternoon"): (
        "'Tuesday afternoon' after 'Monday' is Nov 12; read as last Tuesday, 2019-11-05TAF"
    ),
    ("423:r040", "Victory Day"): "'Russia's largest ever Victory Day parade' (today, 2015-05-09) is not tagged",
    ("423:r048", "dawn"): "'Tomorrow at dawn' (2019-06-06TMO) is not tagged",
    ("423:r053", "Armed Forces Day"): "'Armed Forces Day events ... on Saturday 29 June' (2024-06-29) is not tagged",
    ("423:r058", "Liberation Day"): "'tomorrow the country celebrates Liberation Day' (2020-05-05) is not tagged",
    ("423:r060", "May"): "'80th anniversaries of VE Day in May' is 2025-05 (or 1945-05); read as last May, 2024-05",
    ("423:r060", "VJ Day"): "'80th anniversaries of ... VJ Day' is 1945-08-15; read as 2024-08-15",
    ("423:r060", "August"): "'VJ Day in August' is 2025-08 (or 1945-08); read as last August, 2024-08",
    ("423:r080", "National Pearl Harbor Remembrance Day"): (
        "'National Pearl Harbor Remembrance Day' (Dec 7) is tagged as 'Remembrance Day', 2022-11-11"
    ),
    ("423:r081", "the morning of 11 November"): (
        "'the recapture of Mons on the morning of 11 November' is in 1918; read as 2018-11-11TMO"
    ),
    ("423:r082", "Vietnam Veterans Day"): (
        "'Vietnam Veterans Day' (Aug 18, today) is tagged as 'Veterans Day', 2016-11-11"
    ),
    ("423:r086", "dawn"): "'at dawn on Friday' (2023-02-24TMO) is not tagged",
    ("423:r086", "9 a.m."): "'at 9 a.m.' on Friday is 2023-02-24; anchored to the 2022 invasion date, 2022-02-24T09:00",
    ("423:r099", "noon"): (
        "'began at noon on Easter Monday, 24 April 1916' is 1916; read as the reference day, 2016-03-28"
    ),
    ("423:r102", "dawn"): "'invaded Poland at dawn on 1 September 1939' (1939-09-01TMO) is not tagged",
    ("423:r106", "every Remembrance Sunday"): (
        "'every Remembrance Sunday' is tagged SET with value XXXX-XX-XX, not XXXX-11-WXX-7"
    ),
    ("424:r018", "Wednesday"): (
        "'for delivery Wednesday' is the next day, 2026-01-28; read as last Wednesday, 2026-01-21"
    ),
    ("424:r018", "a week ago"): "'up 18% from a week ago' is the day 2026-01-20; tagged as the week 2026-W04",
    ("424:r022", "Sunday night"): (
        "'back on by Sunday night' is the coming Sunday, Nov 1; read as last Sunday, 2020-10-25TNI"
    ),
    ("424:r029", "April"): "'six months, ending in April' (said Oct 2022) is 2023-04; read as past April, 2022-04",
    ("424:r057", "January"): "'the coldest weeks of January' (any year) is XXXX-01; read as next January, 2020-01",
    ("424:r057", "February"): (
        "'the coldest weeks of ... February' (any year) is XXXX-02; read as next February, 2020-02"
    ),
    ("424:r060", "5pm"): "'typically an hour between 5pm' (any session) is anchored to 31 March, 2025-03-31T17:00",
    ("424:r060", "7pm"): "'between 5pm and 7pm' (any session) is anchored to 31 March, 2025-03-31T19:00",
    ("424:r064", "October"): "'a full heating season from October' (generic) is XXXX-10; read as next October, 2024-10",
    ("424:r064", "April"): "'a full heating season ... to April' (generic) is XXXX-04; read as April 2025, 2025-04",
    ("424:r069", "the summer"): (
        "'for delivery in the summer' (said in January) is 2019-SU; read as last summer, 2018-SU"
    ),
    ("424:r077", "fiscal 2024"): "fiscal years are written as calendar ones ('fiscal 2024' -> 2024, not FY2024)",
    ("424:r106", "tomorrow"): (
        "'between 3pm and 6pm tomorrow': 'tomorrow' (2022-06-27) is tagged only inside '6pm tomorrow'"
    ),
    ("425:r051", "2016 FE 09"): "'BB/MA 2016 FE 09' (best-before Feb 9, 2016) is tagged only as the year 2016",
    ("425:r054", "fiscal 2016"): "fiscal years are written as calendar ones ('fiscal 2016' -> 2016, not FY2016)",
    ("425:r074", "11/07/2022"): "UK '11/07/2022' is 11 July; read month-first as 2022-11-07",
    ("425:r074", "07/10/2022"): "UK '07/10/2022' is 7 October; read month-first as 2022-07-10",
    ("425:r091", "about six weeks"): "'resume in about six weeks' is tagged as a DATE, 2026-W48, not a duration P6W",
    ("426:r014", "fiscal 2020"): "fiscal years are written as calendar ones ('fiscal 2020' -> 2020, not FY2020)",
    ("426:r020", "November 3"): "'dated the sequel for November 3' is 2017-11-03; read as last year, 2016-11-03",
    ("426:r024", "the afternoon"): "'having queued since the afternoon' (Thursday, 2018-10-25TAF) is not tagged",
    ("426:r030", "per quarter"): "'one major update per quarter' (a SET P3M) is not tagged",
    ("426:r036", "fiscal 2025"): "fiscal years are written as calendar ones ('fiscal 2025' -> 2025, not FY2025)",
    ("426:r047", "a Saturday"): "'Anzac Day falls on a Saturday this year' (2026-04-25) is not tagged",
    ("426:r062", "almost a decade ago"): "'launched almost a decade ago' (from 2017) is 2008; read as 2007",
    ("426:r063", "fiscal 2023"): "fiscal years are written as calendar ones ('fiscal 2023' -> 2023, not FY2023)",
    ("426:r066", "today"): "'4:30 pm IST today' is tagged as one TIME; 'today' alone (2023-03-21) was expected",
    ("426:r077", "9 November"): "'has slipped to 9 November' is 2021-11-09; read as last year, 2020-11-09",
    ("426:r079", "FY26"): "fiscal years are written as calendar ones (FY26 -> 2026, not FY2026)",
    ("426:r086", "6pm"): "'the weekly reset, normally at 6pm' (T18:00) is anchored to the reference day, 2019-10-24",
    ("426:r086", "5pm UK time"): (
        "'at 5pm UK time from Tuesday 29 October' is tagged as '5pm' on the reference day, 2019-10-24"
    ),
    ("426:r090", "soon"): "'cross-play is coming soon' (FUTURE_REF) is not tagged",
    ("426:r093", "quarterly"): "'limited to quarterly bug-fix releases' (a SET P3M) is not tagged",
    ("426:r099", "hours later"): "'and hours later players found' (a vague offset, PTXH) is not tagged",
    ("427:r007", "Friday night"): (
        "'between Friday night' of the past weekend is Jul 14; read as next Friday, 2017-07-21TNI"
    ),
    ("427:r007", "Sunday morning"): (
        "'and Sunday morning' of the past weekend is Jul 16; read as next Sunday, 2017-07-23TMO"
    ),
    ("427:r015", "30"): "'could reach 30 to 40 minutes': the bare '30' (PT30M) is not tagged",
    ("427:r020", "the previous winter"): (
        "'down only about 8 per cent on the previous winter' (2019-WI or 2020-WI) is not tagged"
    ),
    ("427:r021", "a handful of days"): "'typically a handful of days each winter' (PXD) is not tagged",
    ("427:r028", "fiscal 2023"): "fiscal years are written as calendar ones ('fiscal 2023' -> 2023, not FY2023)",
    ("427:r047", "Sunday"): "'Sunday looks bluebird' is the next day, 2018-03-18; read as last Sunday, 2018-03-11",
    ("427:r048", "8 am"): "'will run from 8 am' (daily hours, T08:00) is anchored to the reference day, 2018-12-27",
    ("427:r048", "5 pm"): "'from 8 am to 5 pm' (daily hours, T17:00) is anchored to the reference day, 2018-12-27",
    ("427:r059", "Friday"): "'plans a Friday opening' (2022-11-18) is not tagged",
    ("427:r060", "weekend"): "'A weekend atmospheric river' is last weekend, 2023-W01-WE; tagged as a duration P2D",
    ("427:r072", "5"): "'runs 5 to 9 p.m. Friday': the bare '5' (2016-11-18T17:00) is not tagged",
    ("427:r081", "midweek"): "'should moderate by midweek' (said on Sunday) is 2018-W02; read as 2018-W01",
    ("427:r090", "Saturday"): "'opening all lifts from Saturday' is 2022-06-25; read as last Saturday, 2022-06-18",
    ("427:r101", "2026"): "'Happy 2026!' (the year 2026) is not tagged",
    ("427:r101", "Christmas"): "'fell over Christmas' (said Jan 4) is 2025-12-25; read as the coming one, 2026-12-25",
    ("428:r005", "Holi"): "'shut on Tuesday on account of Holi' is 2023-03-07; read as 2023-03-08",
    ("428:r017", "the following day"): (
        "'New Year's Day falls the following day' (after Dec 31, 2021) is 2022-01-01; read as 2022-01-02"
    ),
    ("428:r022", "4 a.m."): (
        "'premarket trading can start as early as 4 a.m.' (daily) is tagged as tomorrow, 2023-08-10"
    ),
    ("428:r030", "1:30 p.m."): (
        "'open at 1:30 p.m. London time' (for two weeks) is anchored to March 26, 2023-03-26T13:30"
    ),
    ("428:r032", "quarterly"): "'when quarterly index futures also expire' (a SET P3M) is not tagged",
    ("428:r037", "4 p.m."): (
        "'crossing at 4 p.m. on the dot' (daily) is anchored to the reference day, 2018-06-13T16:00"
    ),
    ("428:r041", "Monday"): "'trades Monday through Friday' (every week) is tagged as one day, 2026-01-05",
    ("428:r041", "Friday"): "'trades Monday through Friday' (every week) is tagged as one day, 2026-01-09",
    ("428:r041", "Sunday@88"): (
        "'instead of Sunday through Thursday' is any Sunday (XXXX-WXX-7); read as next Sunday, 2026-01-11"
    ),
    ("428:r041", "Thursday"): "'Sunday through Thursday' is any Thursday (XXXX-WXX-4); read as 2026-01-15",
    ("428:r041", "Sunday@149"): (
        "'tradition of Sunday sessions' is every Sunday (a SET); read as last Sunday, 2026-01-04"
    ),
    ("428:r046", "Tuesday"): "'expire only on Tuesday' is every Tuesday (a SET); read as last Tuesday, 2025-03-25",
    ("428:r046", "Thursday"): "'expire only on Tuesday or Thursday' is every Thursday (a SET); read as 2025-03-27",
    ("428:r052", "8am"): (
        "'trading day, currently 8am' is a daily time; anchored to the publication date, 2019-10-02T08:00"
    ),
    ("428:r052", "7am"): "'start before 7am' is a habitual time; anchored to the publication date, 2019-10-02T07:00",
    ("428:r056", "4 a.m.@88"): "'a day session from 4 a.m.' is a daily time; anchored to Friday, 2024-11-08T04:00",
    ("428:r056", "8 p.m.@98"): "'from 4 a.m. to 8 p.m.' is a daily time; anchored to Friday, 2024-11-08T20:00",
    ("428:r056", "8 p.m.@148"): "'overnight session from 8 p.m.' is a daily time; anchored to Friday, 2024-11-08T20:00",
    ("428:r056", "4 a.m.@158"): "'from 8 p.m. to 4 a.m.' is a daily time; anchored to Saturday, 2024-11-09T04:00",
    ("428:r057", "Indigenous Peoples' Day"): "'Indigenous Peoples' Day' (Monday, 2023-10-09) is not tagged",
    ("428:r068", "Friday"): (
        "'If you sell a stock on Friday' is any Friday (XXXX-WXX-5); read as next Friday, 2024-06-14"
    ),
    ("428:r068", "Monday"): "'won't settle until Monday' is any Monday (XXXX-WXX-1); read as 2024-06-10",
    ("428:r069", "Monday"): "'Monday-to-Friday trading' is any Monday (XXXX-WXX-1); read as next Monday, 2021-12-13",
    ("428:r069", "Friday"): "'Monday-to-Friday trading' is any Friday (XXXX-WXX-5); read as 2021-12-10",
    ("428:r073", "fiscal 2024"): "'fiscal 2024' is written as the calendar year 2024, not FY2024",
    ("428:r074", "semiannual"): "'a semiannual schedule' (a SET P6M) is not tagged",
    ("428:r074", "December"): "'in 2026 by adding a December rebalance' is 2026-12; read as this December, 2024-12",
    ("428:r075", "3:30 pm"): "'9:15 am to 3:30 pm' is a daily time; anchored to the publication date, 2024-07-18T15:30",
    ("428:r075", "11:55 pm"): "'extend the session till 11:55 pm' is a daily time; anchored to 2024-07-18T23:55",
    ("428:r079", "9 p.m."): "'affirmations by 9 p.m. on trade date' is a generic time; anchored to 2024-04-17T21:00",
    ("428:r079", "11:30 a.m."): "'11:30 a.m. the next day' under T+2 is a generic time; anchored to 2024-04-18T11:30",
    ("428:r084", "11 a.m."): "'lunch from 11 a.m.' (until 2011) is a daily time; anchored to 2016-02-23T11:00",
    ("428:r084", "12:30 p.m."): "'to 12:30 p.m.' (lunch until 2011) is a daily time; anchored to 2016-02-23T12:30",
    ("428:r089", "9 p.m."): "'the 9 p.m. cutoff' is a daily time; anchored to the publication date, 2024-06-05T21:00",
    ("428:r091", "Tuesday"): "'added Tuesday and Thursday expirations' is every Tuesday (a SET); read as 2023-02-14",
    ("428:r091", "Thursday"): "'Tuesday and Thursday expirations' is every Thursday (a SET); read as 2023-02-16",
    ("428:r099", "4.10pm"): "'closing single price auction at 4.10pm' is a daily time; anchored to 2018-07-15T16:10",
    ("428:r105", "3:30 p.m."): (
        "'the New York Stock Exchange closed at 3:30 p.m.' is a generic time; anchored to 2015-10-25T15:30"
    ),
    ("428:r106", "the fourth quarter of that year"): (
        "'the fourth quarter of that year' (2027) is 2027-Q4; split and read as 2024-Q4 and 2024"
    ),
    ("429:r010", "quarterly"): "'its quarterly report' (a SET P3M) is not tagged",
    ("429:r012", "5"): "'a reception will follow at 5' is 2026-01-24T17:00; not tagged",
    ("429:r023", "June"): "'June remains the most popular month' is any June (XXXX-06); read as 2026-06",
    ("429:r023", "October"): "'October has closed the gap' is any October (XXXX-10); read as last October, 2025-10",
    ("429:r040", "annual"): "'the annual survey' (a SET P1Y) is not tagged",
    ("429:r047", "annual"): "'fourth annual open house' (a SET P1Y) is not tagged",
    ("429:r049", "exactly four years later"): (
        "'exactly four years later' (after Feb. 29, 2012) is 2016-02-29; 'four years later' read as 2020"
    ),
    ("429:r054", "Basant Panchami"): "'on Basant Panchami, February 14' is 2024-02-14; the festival name is not tagged",
    ("429:r070", "25 December"): "'first held there on 25 December since 1952' is any 25 December; read as 2015-12-25",
    ("429:r074", "March"): "'spring next year ... booked solid through March' is 2027-03; read as 2026-03",
    ("429:r082", "today"): "'today she is closer to 29' is PRESENT_REF; read as the publication date, 2022-09-13",
    ("429:r095", "7"): "'tonight ... starting at 7' (Halloween) is 2025-10-31T19:00; not tagged",
    ("430:r010", "October"): "'between October and March' is any October (XXXX-10); read as last October, 2014-10",
    ("430:r010", "March"): "'between October and March' is any March (XXXX-03); read as this March, 2015-03",
    ("430:r032", "seven days a week"): "'to 9 p.m. seven days a week' is daily (SET P1D); tagged as SET P1W",
    ("430:r036", "the first weeks"): "'during the first weeks of treatment' (a DURATION PXW) is not tagged",
    ("430:r042", "the end of summer"): "'until the end of summer' is any summer (XXXX-SU); read as 2017-SU",
    ("430:r043", "11pm"): (
        "'currently closes at 11pm' is a generic time (T23:00); anchored to Tuesday, 2017-06-20T23:00"
    ),
    ("430:r043", "7pm"): "'a 7pm finish from August' is a generic time (T19:00); anchored to Tuesday, 2017-06-20T19:00",
    ("430:r046", "seven days a week"): "'8am until midnight, seven days a week' is daily (SET P1D); tagged as SET P1W",
    ("430:r053", "Saturday"): "'Saturday opening could end' is every Saturday (a SET); read as 2018-02-03",
    ("430:r056", "Saturday"): (
        "'reduce their Saturday hours' is every Saturday (a SET); read as this Saturday, 2024-05-04"
    ),
    ("430:r056", "1pm"): "'closing at 1pm' on Saturdays is a generic time (T13:00); anchored to 2024-05-04T13:00",
    ("430:r056", "5.30pm"): "'instead of 5.30pm' is a generic time (T17:30); anchored to Saturday, 2024-05-04T17:30",
    ("430:r066", "the bank holiday"): "'closed tomorrow for the bank holiday' is 2018-05-28; not tagged",
    ("430:r066", "10"): "'open from 10 till 4' (tomorrow) is 2018-05-28T10:00; the bare '10' is not tagged",
    ("430:r066", "4"): "'open from 10 till 4' (tomorrow) is 2018-05-28T16:00; the bare '4' is not tagged",
    ("430:r072", "2am"): (
        "'a biscuit at 2am' is a generic time (T02:00); anchored to the publication date, 2024-07-04T02:00"
    ),
    ("430:r080", "the evening"): (
        "'taken in the evening' is any evening (XXXX-XX-XXTEV); read as this evening, 2023-11-08TEV"
    ),
    ("430:r081", "10 pm"): (
        "'shut after 10 pm during the last fortnight' is T22:00; anchored to November 1, 2020-11-01T22:00"
    ),
    ("430:r082", "annual"): "'the annual vaccine' (a SET P1Y) is not tagged",
    ("430:r083", "6am"): "'so 6am, 2pm and 10pm' (every eight hours) is T06:00; anchored to 2019-02-12T06:00",
    ("430:r083", "2pm"): "'so 6am, 2pm and 10pm' (every eight hours) is T14:00; anchored to 2019-02-12T14:00",
    ("430:r083", "10pm"): "'so 6am, 2pm and 10pm' (every eight hours) is T22:00; anchored to 2019-02-12T22:00",
    ("430:r083", "5"): "'a toddler who wakes at 5' (T05:00) is not tagged",
    ("430:r091", "5.30pm"): (
        "'by the 1980s most closed at 5.30pm' is a generic time (T17:30); anchored to 2016-09-13T17:30"
    ),
    ("430:r093", "midnight"): "'will now close at midnight' is a generic time (T24:00); anchored to 2024-09-12T24:00",
    ("430:r100", "10 o'clock at night"): (
        "'after 10 o'clock at night' is a generic time (T22:00); anchored to 1 April, 2019-04-01T22:00"
    ),
    ("430:r104", "Monday"): "'say, Monday and Thursday' (each week) is every Monday (a SET); read as 2022-02-21",
    ("430:r104", "Thursday"): "'say, Monday and Thursday' (each week) is every Thursday (a SET); read as 2022-02-24",
    ("431:r008", "37"): "'born between 37 and 38 weeks' has '37' as P37W; the bare number is not tagged",
    ("431:r013", "the first year"): "'in the first year after the birth' (a DURATION P1Y) is not tagged",
    ("431:r017", "18"): "'between 18 and 21 weeks' has '18' as P18W; the bare number is not tagged",
    ("431:r027", "Feb. 28"): (
        "'celebrate on Feb. 28 otherwise' is a recurring birthday (XXXX-02-28); read as 2020-02-28"
    ),
    ("431:r030", "International Women's Day"): (
        "'the eve of International Women's Day' is 2024-03-08; the holiday is not tagged"
    ),
    ("431:r045", "March"): "'nine months after the first lockdown began in March' is 2020-03; read as 2021-03",
    ("431:r055", "about 11 days"): "'about 11 days' is a DURATION P11D; tagged with 'after that' as a DATE, 2019-11-15",
    ("431:r061", "the 14th"): "'our 28-week appointment on the 14th' is 2020-09-14; read as 2020-08-14",
    ("431:r068", "September"): "'September births are the most common' is any September (XXXX-09); read as 2016-09",
    ("431:r074", "minutes"): "'born minutes after' (a DURATION PTXM) is not tagged",
    ("431:r082", "Sunday morning"): (
        "'induction on Sunday morning' is next Sunday, 2026-05-24TMO; read as last Sunday, 2026-05-17TMO"
    ),
    ("431:r103", "about 5pm"): (
        "'from about 5pm until bedtime' is a habitual time (T17:00); anchored to 2015-01-11T17:00"
    ),
    ("432:r002", "Thursday the 29th"): (
        "'in February falls on Thursday the 29th' is 2024-02-29; only 'Thursday' found, as 2024-02-22"
    ),
    ("432:r009", "the 19th"): "'pay on or around the 19th' (of December) is 2025-12-19; not tagged",
    ("432:r014", "a Friday"): "'normally paid on a Friday' (every Friday, a SET) is not tagged",
    ("432:r016", "that day"): "'scheduled for that day' is Monday, Dec. 26 (2016-12-26); read as 2016-12-25",
    ("432:r018", "20 March"): "'indexed twice a year, on 20 March' is any 20 March (XXXX-03-20); read as 2023-03-20",
    ("432:r018", "20 September"): "'on 20 March and 20 September' (twice a year) is XXXX-09-20; read as 2023-09-20",
    ("432:r019", "Tuesday"): "'that Tuesday's payments' (after Monday 5 June) is 2017-06-06; read as 2017-05-30",
    ("432:r021", "annual"): "'the annual £10 Christmas bonus' (a SET P1Y) is not tagged",
    ("432:r027", "the last working day of the month"): (
        "'the last working day of the month' is a SET P1M; only 'the month' found, as 2016-08"
    ),
    ("432:r029", "the substitute New Year's Day bank holiday"): (
        "'the substitute New Year's Day bank holiday' is 2023-01-02; only 'New Year's Day' found, 2023-01-01"
    ),
    ("432:r031", "quarterly"): "'paid in quarterly instalments' (a SET P3M) is not tagged",
    ("432:r038", "annual"): "'the annual Carer Supplement' (a SET P1Y) is not tagged",
    ("432:r043", "18 November"): "'claims made by 18 November' in August is 2022-11-18; read as last year, 2021-11-18",
    ("432:r044", "the same day"): (
        "'paid on the same day' is Thursday, April 9 (2020-04-09); read as April 13, 2020-04-13"
    ),
    ("432:r047", "the 28th"): "'pay its staff on the 28th' (a monthly SET XXXX-XX-28) is not tagged",
    ("432:r047", "the last working day"): "'instead of the last working day' (a monthly SET P1M) is not tagged",
    ("432:r050", "the Australia Day public holiday"): (
        "'the Australia Day public holiday, Monday 27 January' is Jan 27; 'Australia Day' read as Jan 26"
    ),
    ("432:r050", "the weekend"): (
        "'payments due over the weekend' before Mon 27 Jan is 2025-W04-WE; read as 2025-W03-WE"
    ),
    ("432:r054", "a day"): (
        "'a day later' is expected as a duration P1D; the whole phrase is tagged as a date, 2024-11-29"
    ),
    ("432:r056", "a Tuesday"): "'paid fortnightly on a Tuesday' (a SET XXXX-WXX-2) is tagged as one date, 2023-04-18",
    ("432:r058", "annual"): "'the annual closing of accounts' (a SET P1Y) is not tagged",
    ("432:r060", "a Monday"): "'every four weeks on a Monday' (a SET XXXX-WXX-1) is not tagged",
    ("432:r060", "Tuesday"): "'on a Monday or Tuesday' (a SET XXXX-WXX-2) is tagged as one date, 2018-05-01",
    ("432:r061", "the substitute bank holiday"): (
        "'the substitute bank holiday will be Monday 28 December' (2026-12-28) is not tagged"
    ),
    ("432:r065", "Monday"): "'With Monday a bank holiday' is next Monday, 2019-08-26; read as last Monday, 2019-08-19",
    ("432:r065", "that day"): "'wages due that day' is that Monday, 2019-08-26; read as 2019-08-19",
    ("432:r072", "the 25th"): "'paid monthly ... on or around the 25th' (a SET XXXX-XX-25) is not tagged",
    ("432:r074", "a fortnight"): (
        "'$14.50 a fortnight' (a rate, SET P2W) is merged into 'a fortnight from today', 2016-10-04"
    ),
    ("432:r074", "today"): "'from today' (2016-09-20) is merged into 'a fortnight from today', tagged 2016-10-04",
    ("432:r076", "a week@125"): "'£151 a week after deductions' (a rate) is tagged as a duration P1W, not a SET",
    ("432:r079", "the National Day of Mourning"): "'Thursday, the National Day of Mourning' (2022-09-22) is not tagged",
    ("432:r081", "the St Andrew's Day bank holiday"): (
        "'Monday 1 December, the St Andrew's Day bank holiday' is Dec 1; 'St Andrew's Day' read as Nov 30"
    ),
    ("432:r082", "the 18th"): "'my employer pays on the 18th' (a SET XXXX-XX-18) is tagged as one date, 2021-07-18",
    ("432:r083", "the 22nd of the following month"): (
        "'by the 22nd of the following month' (XXXX-XX-22) is tagged only as 'the following month', 2015-07"
    ),
    ("432:r083", "the 19th"): "'or the 19th if paying by cheque' (XXXX-XX-19) is not tagged",
    ("432:r090", "the last business day of the prior month"): (
        "'the last business day of the prior month' (a SET P1M) is tagged as 'the prior month', 2019-09"
    ),
    ("432:r091", "the next financial year"): (
        "'from the next financial year, starting April 1' is FY2024 (or FY2025, 2024); tagged as 2025"
    ),
    ("432:r095", "a Saturday"): "'payday falls on a Saturday or Sunday' (a SET XXXX-WXX-6) is not tagged",
    ("432:r095", "Sunday"): "'on a Saturday or Sunday' (a SET XXXX-WXX-7) is tagged as one date, 2018-08-12",
    ("432:r095", "the preceding Friday"): (
        "'forward to the preceding Friday' (any week, XXXX-WXX-5) is tagged as one date, 2018-08-10"
    ),
    ("432:r099", "the 20th"): "'last Friday, the 20th' (2024-12-20) is not tagged",
    ("432:r100", "a Saturday afternoon"): (
        "'often on a Saturday afternoon' (a SET XXXX-WXX-6TAF) is tagged as one time, 2015-02-07TAF"
    ),
    ("432:r106", "The new tax year"): "'The new tax year begins on Friday' (FY2018) is not tagged",
    ("432:r107", "the 15th"): "'Twice-monthly pay, on the 15th' (a SET XXXX-XX-15) is tagged as one date, 2024-09-15",
    ("432:r107", "the last day of the month"): (
        "'the last day of the month' in twice-monthly pay (a SET P1M) is tagged as one date, 2024-09-30"
    ),
    ("433:r024", "2.04am"): "'2.04am' after the Saturday 7 November night out is Nov 8; read as 2015-11-07T02:04",
    ("433:r024", "Twenty minutes earlier"): (
        "'Twenty minutes earlier' than 2.04am is Nov 8, 01:44; read as 2015-11-07T01:44"
    ),
    ("433:r024", "3am"): "'by 3am' after the Saturday 7 November night out is Nov 8; read as 2015-11-07T03:00",
    ("433:r040", "5pm"): "'it will now be dark by 5pm' (any day, T17:00) is tagged as 2018-10-28T17:00",
    ("433:r046", "Saturday"): (
        "'an assault in Hamilton on Saturday' in a Monday report is Sep 11; read as next Saturday, Sep 18"
    ),
    ("433:r046", "1pm"): (
        "'between 1pm and 3pm' on Saturday is 2021-09-11; 1pm is placed on the publication day, Sep 13"
    ),
    ("433:r046", "3pm"): (
        "'between 1pm and 3pm' on Saturday is 2021-09-11; 3pm is placed on the publication day, Sep 13"
    ),
    ("433:r047", "5:45"): "'between 5:45 and 6 p.m.' on Saturday is 2024-11-30; placed on the publication day, Dec 1",
    ("433:r047", "6 p.m."): "'6 p.m.' on Saturday is 2024-11-30; placed on the publication day, 2024-12-01",
    ("433:r054", "Tuesday night"): (
        "'on Tuesday night' in a Saturday report is Jul 26; read as next Tuesday, 2016-08-02TNI"
    ),
    ("433:r054", "about 11.20pm"): (
        "'about 11.20pm' on Tuesday night is 2016-07-26; placed on the publication day, Jul 30"
    ),
    ("433:r054", "three hours later"): (
        "'three hours later' than Tuesday 11.20pm is 2016-07-27T02:20; read as 2016-07-31T02:20"
    ),
    ("433:r057", "around two days"): "'believed to be around two days old' (a duration P2D) is not tagged",
    ("433:r075", "the Friday"): "'On the Friday' before Monday 16 April 2018 is Apr 13; 'Friday' read as 2018-04-27",
    ("433:r075", "10pm"): "'finishing at 10pm' on that Friday is 2018-04-13; read as 2018-04-27T22:00",
    ("433:r075", "the Saturday"): "'on the Saturday' before 16 April 2018 is Apr 14; 'Saturday' read as 2018-04-28",
    ("433:r075", "Sunday morning"): "'By Sunday morning' before 16 April 2018 is Apr 15; read as 2018-04-29TMO",
    ("433:r077", "around 9pm"): (
        "'locked at around 9pm' on the night of 14-15 August is Aug 14; read as 2023-08-15T21:00"
    ),
    ("433:r077", "6.30am the next day"): (
        "'6.30am the next day' is 2023-08-15T06:30; split in two and both read as Aug 16"
    ),
    ("433:r083", "5am"): "'patrols between midnight and 5am' (any night, T05:00) is tagged as 2024-05-31T05:00",
    ("433:r088", "the same quarter of 2021"): "'the same quarter of 2021' is 2021-Q4; tagged as the whole year, 2021",
    ("433:r093", "dusk"): "'went missing at dusk on Tuesday' (2019-07-09TEV) is not tagged",
    ("433:r094", "about 5.30"): "'at about 5.30 on Tuesday' walking to a friend's is 17:30; read as 05:30",
    ("433:r104", "about 7.45pm"): (
        "'about 7.45pm on the bank holiday Monday' is 2017-08-28; placed on the publication day, Sep 3"
    ),
    ("433:r104", "the bank holiday Monday"): (
        "'the bank holiday Monday' of last weekend's carnival is Aug 28; 'Monday' read as 2017-09-04"
    ),
    ("433:r107", "summer"): "'ahead of summer' in October is southern summer 2025-26, 2025-SU; read as 2026-SU",
    ("433:r108", "Friday"): "'will appear before magistrates on Friday' is Apr 29; read as last Friday, 2016-04-22",
    ("433:r108", "11am"): "'on Friday at 11am' is 2016-04-29T11:00; read as last Friday, 2016-04-22T11:00",
    ("434:r001", "August"): "'for a trip in August' written in June is 2023-08; read as last year, 2022-08",
    ("434:r004", "a day"): "'about 40 miles a day' (a rate, SET P1D) is not tagged",
    ("434:r019", "10:15"): "'the 10:15 service to Cardiff' on Easter Sunday (2022-04-17T10:15) is not tagged",
    ("434:r026", "midnight"): "'until midnight' of Saturday 14 July is 2018-07-14T24:00; read as 2018-07-15T24:00",
    ("434:r027", "Thursday"): "'most recently on Thursday' is last Thursday, Oct 30; read as next Thursday, 2025-11-06",
    ("434:r028", "the Monday"): "'until the Monday' after Saturday 23 September is Sep 25; 'Monday' read as 2023-09-04",
    ("434:r034", "the 19th"): "'Her birthday is on the 19th' in February is 2022-02-19; read as 2021-12-19",
    ("434:r035", "summer"): "'wants to take a summer job' (2015-SU) is not tagged",
    ("434:r035", "11 p.m."): "'he is still up at 11 p.m.' (habitual, T23:00) is tagged as one time, 2015-06-26T23:00",
    ("434:r038", "7pm"): "'Every Christmas Eve ... at 7pm' is XXXX-12-24T19:00; placed on the publication day, Dec 19",
    ("434:r040", "8am"): "'In July she was getting up at 8am' (habitual) is tagged as 2018-09-05T08:00",
    ("434:r044", "the first month"): "'get through the first month' (a duration P1M) is not tagged",
    ("434:r046", "two weeks later"): (
        "'two weeks later' than last year's Black Friday is 2021-12-10; read as 2022-12-09"
    ),
    ("434:r049", "the past three weekends"): (
        "'the past three weekends' (P3WE) is tagged as a duration of six days, P6D"
    ),
    ("434:r051", "6 p.m."): "'Our custody order says 6 p.m.' (any day, T18:00) is tagged as 2019-06-09T18:00",
    ("434:r052", "a fortnight"): "'can start in a fortnight' (P2W, or 2015-04-23) is tagged as the week 2015-W17",
    ("434:r053", "6"): "'works until 6 most evenings' (T18:00) is not tagged",
    ("434:r054", "April"): "'a bachelorette trip in April' before next year's wedding is 2018-04; read as 2017-04",
    ("434:r061", "Halloween"): "'Every year ... on Halloween' (XXXX-10-31) is tagged as this year's date, 2019-10-31",
    ("434:r061", "9"): "'teenagers turn up after 9' on Halloween (T21:00) is not tagged",
    ("434:r062", "the week after Easter"): (
        "'since the week after Easter' is 2021-W14; tagged as 'the week' (2021-W21) and 'Easter'"
    ),
    ("434:r062", "8am"): "'The phone line opens at 8am' (any day, T08:00) is tagged as 2021-05-27T08:00",
    ("434:r062", "8.05"): "'by 8.05 every slot has gone' (any day, T08:05) is tagged as 2021-05-27T08:05",
    ("434:r069", "10 p.m."): "'10 p.m. to 6 a.m., four shifts a week' (T22:00) is tagged as 2024-04-27T22:00",
    ("434:r069", "6 a.m."): "'10 p.m. to 6 a.m., four shifts a week' (T06:00) is tagged as 2024-04-28T06:00",
    ("434:r073", "the week of 3 November"): (
        "'the week of 3 November' offered instead of October half-term is 2025-W45; read as 2024-W44"
    ),
    ("434:r077", "every Thanksgiving"): "'every Thanksgiving' is XXXX-11-XX (or P1Y); tagged as a SET XXXX-XX-XX",
    ("434:r078", "the Saturday before Easter"): (
        "'the Saturday before Easter' in the 1966 diary is 1966-04-09; read as 2019-04-20"
    ),
    ("434:r079", "11"): "'brunch at 11' today, Mother's Day (2023-05-14T11:00), is not tagged",
    ("434:r081", "2am"): "'gaming until 2am most school nights' (T02:00) is tagged as one time, 2024-01-10T02:00",
    ("434:r081", "most school nights"): "'most school nights' (a SET XXXX-WXX-WDTNI) is not tagged",
    ("434:r084", "every Christmas morning"): (
        "'every Christmas morning' is XXXX-12-25TMO; only 'every Christmas' is tagged, XXXX-12-25"
    ),
    ("434:r089", "fiscal 2018"): "'fiscal 2018' is tagged as the calendar year 2018, not FY2018",
    ("434:r091", "7.12"): "'I've taken the 7.12 from Haywards Heath' (T07:12) is not tagged",
    ("434:r096", "a month"): "'with a month's notice' (a duration P1M) is tagged as a SET P1M",
    ("434:r097", "10 pm"): "'amplified sound only until 10 pm' (any day, T22:00) is tagged as 2022-03-20T22:00",
    ("434:r102", "a night"): "'a bottle of wine a night' (a rate) is tagged as a duration P1D, not a SET",
    ("434:r103", "hours"): "'hides in the bathtub for hours' is PXH; tagged as PTXH",
    ("434:r106", "14:20"): "'our flight on Thursday was delayed from 14:20' is Aug 6; read as 2026-08-07T14:20",
    ("434:r106", "02:45 the next morning"): (
        "'02:45 the next morning' is split; 02:45 is read as 2026-08-08, not 2026-08-07T02:45"
    ),
    ("434:r108", "10"): "'drive me to the polls at 10' (a bare hour, 10:00 today) is not tagged",
    ("434:r108", "9"): "'I'll be in bed by 9' (a bare hour, 21:00 today) is not tagged",
    ("435:r029", "a week ago"): "'down from $1 a week ago' is read as the week 2022-W18, not the day 2022-05-07",
    ("435:r039", "00:00"): "'every eight hours, at 00:00' (a daily time) gets today's date; expected bare T00:00",
    ("435:r039", "08:00"): "'at 00:00, 08:00 and 16:00' (a daily time) gets today's date; expected bare T08:00",
    ("435:r039", "16:00 UTC"): "'08:00 and 16:00 UTC' (a daily time) gets today's date; expected bare T16:00",
    ("435:r075", "the weekend"): "on Monday, 'over the weekend' is read as 2021-W19-WE, not the past one, 2021-W18-WE",
    ("435:r078", "fiscal 2025"): "'fiscal 2025' is written as the calendar year 2025, not FY2025",
    ("435:r097", "Dec. 3"): "in January 2026, 'went live on Dec. 3' is read as 2026-12-03, not 2025-12-03",
    ("435:r101", "quarterly"): "'this Friday's quarterly expiry' (a SET P3M) is not tagged",
    ("436:r015", "1"): "'Open house tomorrow, 1 to 4' (a bare hour, 13:00 tomorrow) is not tagged",
    ("436:r015", "4"): "'tomorrow, 1 to 4' (a bare hour, 16:00 tomorrow) is not tagged",
    ("436:r026", "fiscal 2021"): "'fiscal 2021' is written as the calendar year 2021, not FY2021",
    ("436:r028", "11"): "'showing Sunday from 11 to 2' (a bare hour, 11:00 on Sep 1) is not tagged",
    ("436:r028", "2"): "'showing Sunday from 11 to 2' (a bare hour, 14:00 on Sep 1) is not tagged",
    ("436:r043", "the following Saturday"): (
        "'the week after New Year's ... by the following Saturday' read as 2019-01-05, not 01-12"
    ),
    ("436:r079", "FY24"): "'its FY24 results' is written as the calendar year 2024, not FY2024",
    ("436:r090", "2"): "'weekdays from noon to 2' (a bare hour, T14:00) is not tagged",
    ("436:r096", "mid-January"): "'waited until mid-January' is left without a year (XXXX-01); expected 2019-01",
    ("436:r106", "a year earlier"): (
        "'the week to 12 July ... on a year earlier' is read as 2019-07-12; expected 2019-W28"
    ),
    ("437:r008", "two-year-old"): "'a two-year-old rule' (a duration P2Y) is not tagged",
    ("437:r008", "11.30 pm"): "'down shutters by 11.30 pm' (a standing rule) is dated 2017-06-07; expected bare T23:30",
    ("437:r009", "fiscal 2022"): "'fiscal 2022' is written as the calendar year 2022, not FY2022",
    ("437:r009", "fiscal 2021"): (
        "'fiscal 2021, which ended in September' is written as the calendar year 2021, not FY2021"
    ),
    ("437:r011", "3 p.m."): "'still closes at 3 p.m. sharp' (habitual) gets today's date; expected bare T15:00",
    ("437:r023", "Thursday"): "'kept odd hours: Thursday to Saturday' (weekly) is read as 2019-09-26, not a SET",
    ("437:r023", "Saturday"): "'kept odd hours: Thursday to Saturday' (weekly) is read as 2019-09-28, not a SET",
    ("437:r023", "6"): "'Thursday to Saturday, 6 till late' (a bare hour, T18:00) is not tagged",
    ("437:r023", "Sunday"): "'with Sunday lunch served' (weekly) is read as 2019-09-22, not a SET",
    ("437:r023", "1pm"): "'a single sitting at 1pm' (weekly) is dated 2019-09-22; expected bare T13:00",
    ("437:r025", "Monday"): "'close one day a week, most often Monday' is read as 2023-01-16, not a SET",
    ("437:r025", "Tuesday"): "'close one day a week, most often ... Tuesday' is read as 2023-01-17, not a SET",
    ("437:r027", "the bank holiday weekend"): (
        "on Friday Aug 24, 'the bank holiday weekend' is read as 2018-W33-WE; expected 2018-W34-WE"
    ),
    ("437:r028", "midnight"): "'its midnight curfew' (the curfew hour) gets today's date; expected bare T24:00",
    ("437:r028", "1 a.m."): "'must still close by 1 a.m.' (a standing rule) is dated 2021-04-12; expected bare T01:00",
    ("437:r030", "4 am"): "'staying open from sunset until 4 am' (nightly) gets today's date; expected bare T04:00",
    ("437:r030", "10 pm"): "'crowds that peak after 10 pm' (nightly) gets today's date; expected bare T22:00",
    ("437:r034", "9:30 tomorrow night"): (
        "only 'tomorrow night' of '9:30 tomorrow night' is tagged (TNI); expected 2015-07-04T21:30"
    ),
    ("437:r034", "8"): "'taking reservations only until 8' (a bare hour, 20:00 on July 4) is not tagged",
    ("437:r039", "8"): "'by 8 the croissants are usually gone' (a bare hour, T08:00) is not tagged",
    ("437:r041", "7 a.m."): "'doors will now open at 7 a.m.' (an opening hour) gets today's date; expected bare T07:00",
    ("437:r041", "5:30 a.m."): "'instead of 5:30 a.m.' (the old opening hour) gets today's date; expected bare T05:30",
    ("437:r043", "3"): "'it's already packed by 3' (a bare hour, T15:00) is not tagged",
    ("437:r043", "noon"): "'open noon to 10 Thursday-Sunday' (habitual) gets today's date; expected bare T12:00",
    ("437:r043", "10"): "'open noon to 10' (a bare hour, T22:00) is not tagged",
    ("437:r043", "Thursday"): "'noon to 10 Thursday-Sunday' (weekly) is read as 2015-06-18, not a SET",
    ("437:r043", "Sunday"): "'noon to 10 Thursday-Sunday' (weekly) is read as 2015-06-21, not a SET",
    ("437:r047", "11 p.m."): "'close ... overnight, from 11 p.m. to 5 a.m.' gets today's date; expected bare T23:00",
    ("437:r047", "5 a.m."): "'overnight, from 11 p.m. to 5 a.m.' is dated 2023-04-01; expected bare T05:00",
    ("437:r049", "October"): "'Open only from October through April' (every year) is read as 2021-10; expected XXXX-10",
    ("437:r049", "April"): "'Open only from October through April' (every year) is read as 2022-04; expected XXXX-04",
    ("437:r049", "the summer months"): (
        "'spend the summer months' (every year): 'the summer' is tagged 2021-SU, not SET XXXX-SU"
    ),
    ("437:r050", "11 a.m."): "'extended breakfast hours to 11 a.m.' gets today's date; expected bare T11:00",
    ("437:r057", "7 p.m."): "'a single seating at 7 p.m.' (monthly) is dated 2016-06-02; expected bare T19:00",
    ("437:r058", "3.15am"): (
        "'until 3.15am on a Sunday in March' gets today's date, 2026-07-11; expected 2026-03-XXT03:15"
    ),
    ("437:r058", "March"): "in July, 'served patrons ... on a Sunday in March' is read as 2027-03, not 2026-03",
    ("437:r060", "11 a.m."): "'reduced hours, typically 11 a.m. to 9 p.m.' gets today's date; expected bare T11:00",
    ("437:r060", "9 p.m."): "'reduced hours, typically 11 a.m. to 9 p.m.' gets today's date; expected bare T21:00",
    ("437:r064", "10"): "'will open at 10' on Christmas morning (a bare hour, 2022-12-25T10:00) is not tagged",
    ("437:r064", "9"): "'instead of its usual 9' (a bare hour, T09:00) is not tagged",
    ("437:r064", "4"): "'closing early, at 4, on Christmas Eve' (2022-12-24T16:00) is not tagged",
    ("437:r065", "5:55"): "'last night at 5:55' is dated 2024-04-27 (today); expected 2024-04-26T17:55",
    ("437:r065", "6 o'clock"): "'for a 6 o'clock opening' is dated 2024-04-27; expected bare T18:00 or 2024-04-26",
    ("437:r065", "nearly 7"): "'didn't sit down until nearly 7' (last night, 19:00) is not tagged",
    ("437:r068", "Thursday"): "'until midnight Thursday to Saturday' (weekly) is read as 2018-06-14, not a SET",
    ("437:r068", "Saturday"): "'until midnight Thursday to Saturday' (weekly) is read as 2018-06-16, not a SET",
    ("437:r072", "6pm"): "'moved its closing time from 6pm' is dated 2024-10-27; expected bare T18:00",
    ("437:r072", "4.30pm"): "'from 6pm to 4.30pm' (new closing time) is dated 2024-10-28; expected bare T16:30",
    ("437:r073", "2 a.m."): "'drive-thru windows open until 2 a.m.' gets today's date; expected bare T02:00",
    ("437:r073", "11 p.m."): "'kept 11 p.m. closing times' gets today's date; expected bare T23:00",
    ("437:r074", "August"): "'closed ... for all of August' (every year) is read as 2026-08; expected XXXX-08",
    ("437:r074", "July"): "'every year ... grumbling about it in July' is read as 2027-07; expected XXXX-07",
    ("437:r079", "11 am"): "'their usual 11 am to 11 pm hours' is dated 2023-11-14; expected bare T11:00",
    ("437:r079", "11 pm"): "'their usual 11 am to 11 pm hours' is dated 2023-11-14; expected bare T23:00",
    ("437:r080", "11"): "'it says it opens at 11' (a bare hour, T11:00) is not tagged",
    ("437:r080", "the last month"): "'three visits over the last month' (a duration P1M) is tagged as the date 2017-07",
    ("437:r080", "11:20"): "'nothing comes out before 11:20' (habitual) gets today's date; expected bare T11:20",
    ("437:r084", "around 10"): "'on a good night is around 10' (a bare hour, T22:00) is not tagged",
    ("437:r086", "8"): "'the dinner rush, roughly 6 to 8' (a bare hour, T20:00) is not tagged",
    ("437:r088", "9 p.m."): "'orders placed between 9 p.m. and 5 a.m.' gets today's date; expected bare T21:00",
    ("437:r088", "5 a.m."): "'between 9 p.m. and 5 a.m.' is dated 2024-07-17; expected bare T05:00",
    ("437:r089", "Sunday"): "'Sunday lunch at the Plough is served' (weekly) is read as 2015-03-29, not a SET",
    ("437:r089", "12"): "'served from 12 until 4' (a bare hour, T12:00) is not tagged",
    ("437:r089", "4"): "'served from 12 until 4' (a bare hour, T16:00) is not tagged",
    ("437:r089", "half two"): "'sold out by half two' (T14:30) is not tagged",
    ("437:r092", "10"): "'open 10-9 every day' (a bare hour, T10:00) is not tagged",
    ("437:r092", "9"): "'open 10-9 every day' (a bare hour, T21:00) is not tagged",
    ("437:r092", "Wednesday"): "'every day except Wednesday' (weekly) is read as 2023-02-08, not a SET",
    ("437:r093", "the end of the decade"): (
        "after 'By 2015', 'by the end of the decade' is read as the 2020s (202), not the 2010s"
    ),
    ("437:r093", "9"): "'closing at 9 on Sundays' (a bare hour, T21:00) is not tagged",
    ("437:r094", "2 a.m."): "'open until 2 a.m. through Sept. 15' is dated 2025-09-15; expected bare T02:00",
    ("437:r097", "1am"): "'will close at 1am rather than 3am' gets today's date; expected bare T01:00",
    ("437:r097", "3am"): "'close at 1am rather than 3am' gets today's date; expected bare T03:00",
    ("437:r101", "4 tomorrow morning"): (
        "only 'tomorrow morning' of 'until 4 tomorrow morning' is tagged (TMO); expected T04:00"
    ),
    ("437:r103", "11 p.m."): "'resume serving alcohol until 11 p.m.' gets today's date; expected bare T23:00",
    ("437:r106", "9"): "'the dining room empties by 9' (a bare hour, T21:00) is not tagged",
    ("437:r106", "Friday"): "'on Friday and Saturday' (weekly) is read as 2022-05-20, not a SET",
    ("437:r106", "Saturday"): "'on Friday and Saturday' (weekly) is read as 2022-05-21, not a SET",
    ("437:r106", "10 o'clock"): (
        "'after the 10 o'clock sitting' is read as 10:00 on 2022-05-21; expected evening T22:00"
    ),
    ("437:r108", "9"): "'If you can, go before 9' (a bare hour, 21:00 tonight) is not tagged",
    ("438:r026", "the next year"): "'continue for the next year' (a duration P1Y) is tagged as the date 2025",
    ("438:r026", "months"): "'until months or even years after' (PXM) is not tagged",
    ("438:r026", "years"): "'or even years after it has passed' (PXY) is not tagged",
    ("438:r036", "the hour or so"): "'the hour or so around midnight' (a duration PT1H) is not tagged",
    ("438:r036", "midnight"): (
        "'around midnight' tonight is read as 2022-09-05T24:00, a day later than 2022-09-04T24:00"
    ),
    ("438:r038", "March"): "'the equinox months of March and September' (generic) is read as 2020-03, not XXXX-03",
    ("438:r038", "September"): "'the equinox months of March and September' (generic) is read as 2020-09, not XXXX-09",
    ("438:r039", "Tuesday"): (
        "on a Monday, 'a G1 watch in place for Tuesday' is 2025-06-03; read as last Tuesday, 2025-05-27"
    ),
    ("438:r043", "about 11 tonight"): (
        "'from about 11 tonight' is tagged only as 'tonight' (TNI), not as 2023-03-22T23:00"
    ),
    ("438:r055", "about 15"): "'about 15 to 60 minutes': the first bound 'about 15' (PT15M) is not tagged",
    ("438:r058", "Wednesday"): (
        "'3 a.m. Wednesday: sunny' is joined into one TIME; 'Wednesday' (2026-02-18) is not tagged alone"
    ),
    ("438:r060", "fiscal 2026"): "fiscal years are written as calendar ones ('fiscal 2026' -> 2026), not FY2026",
    ("438:r067", "September"): "'between September and March' (generic) is read as 2018-09, not XXXX-09",
    ("438:r067", "March"): "'between September and March' (generic) is read as 2019-03, not XXXX-03",
    ("438:r067", "mid-April"): "'as late as mid-April' (generic) is read as 2018-04, not XXXX-04",
    ("438:r070", "mid-evening"): "'a G1 (minor) storm from mid-evening' (2022-07-07TEV) is not tagged",
    ("438:r070", "9pm"): "'between 9pm and midnight' tonight: 9pm is read as 2022-07-08T21:00, a day late",
    ("438:r070", "midnight AEST"): (
        "'midnight AEST' is tagged as 'midnight' 2022-07-08T24:00, a day later than expected"
    ),
    ("438:r072", "March 1"): "in January, 'on March 1' (2016-03-01) is read as the past one, 2015-03-01",
    ("438:r073", "four"): "'from four to ten years': the first bound 'four' (P4Y) is not tagged",
    ("438:r091", "Late September"): (
        "'Late September and late March are typically' (generic) is read as 2023-09, not XXXX-09"
    ),
    ("438:r091", "late March"): (
        "'Late September and late March are typically' (generic) is read as 2024-03, not XXXX-03"
    ),
    ("438:r102", "about 10:30"): (
        "on New Year's Eve, 'from about 10:30 until well past midnight' is read as 10:30 a.m., not 22:30"
    ),
    ("438:r104", "October"): (
        "'meets weekly ... from October through March' is read as 2025-10; expected XXXX-10 or 2024-10"
    ),
    ("438:r104", "March"): "'from October through March' is read as 2026-03; expected XXXX-03 or 2025-03",
    ("438:r105", "A fortnight ago"): "'A fortnight ago' is read as the week 2024-W41, not the day 2024-10-10",
    ("438:r108", "Sunday night"): (
        "on a Saturday, 'possible Sunday night' is 2023-02-26; read as last Sunday, 2023-02-19"
    ),
    ("439:r084", "October"): "'will be sentenced in October' (2017-10) is read as 1981-10",
    ("439:r089", "around four and a half years"): "'around four and a half years' is valued P4.5Y, not P4Y6M",
    ("439:r092", "hours"): "'arrested within hours' is valued PTXH; the annotation has PXH",
    ("439:r105", "Christmas that year"): (
        "'at Christmas that year' (1987) is split into 'Christmas' 2024-12-25 and 'that year' 2024"
    ),
    ("440:r013", "February"): "in December 2024, 'figures released in February' is 2024-02; read as 2023-02",
    ("440:r032", "the whole afternoon"): "'Spent the whole afternoon ... on Thursday' (2021-07-29TAF) is not tagged",
    ("440:r034", "early May"): (
        "'for most of the 20th century ... in early May' (generic) is read as 2022-05, not XXXX-05"
    ),
    ("440:r034", "some 10 days"): (
        "'shifted some 10 days earlier' is tagged as the date 1999-12-22, not the duration P10D"
    ),
    ("440:r047", "more than two years"): "'now more than two years old' (a duration P2Y) is not tagged",
    ("440:r055", "two"): "'for two to three years': the first bound 'two' (P2Y) is not tagged",
    ("440:r057", "November 1"): "in September, 'banned fishing ... from November 1' (2020-11-01) is read as 2019-11-01",
    ("440:r057", "May 31"): "'from November 1 to May 31' ends 2021-05-31; 'May 31' is read as 2020-05-31",
    ("440:r061", "Spring"): "'Spring doesn't officially begin until Sunday' (2024-SP) is not tagged",
    ("440:r069", "18"): "'flying for 18 to 24 hours': the first bound '18' (PT18H) is not tagged",
    ("440:r074", "autumn"): "'they cache food in autumn' (generic) is read as 2025-FA, not XXXX-FA",
    ("440:r079", "9.30am"): "'staffed from 9.30am' (every day) is anchored to 2016-06-03T09:30, not left undated",
    ("440:r079", "5pm"): "'to 5pm' (every day) is anchored to 2016-06-03T17:00, not left undated",
    ("440:r085", "fiscal 2023"): "fiscal years are written as calendar ones ('fiscal 2023' -> 2023), not FY2023",
    ("440:r085", "FY2022"): "fiscal years are written as calendar ones ('FY2022' -> 2022), not FY2022",
    ("440:r091", "7"): "'fed the birds every morning at 7' (T07:00) is not tagged",
    ("440:r094", "5"): "'Woke at 5' (2025-01-15T05:00) is not tagged",
    ("440:r094", "March"): "'pair up ... and lay in March' is read as 2024-03; expected XXXX-03 or 2025-03",
    ("440:r095", "autumn"): "'spend the summer ... before flying back north in autumn' is 2022-FA; read as 2021-FA",
    ("440:r096", "hours"): "'hours before they were ready to fledge' (PXH) is not tagged",
    ("440:r099", "spring"): "'Twice a year, in spring and autumn' (generic) is read as 2021-SP, not XXXX-SP",
    ("440:r099", "autumn"): "'Twice a year, in spring and autumn' (generic) is read as 2020-FA, not XXXX-FA",
    ("440:r106", "58 years later"): "'58 years later' than 1957 is 2015; read as 58 years after the reference, 2073",
    ("441:r002", "Sunday"): "on a Monday, 'repeated on Sunday' is 2023-08-20; read as yesterday, 2023-08-13",
    ("441:r002", "11.05pm"): "'on Sunday at 11.05pm' is read on 2023-08-13, not the coming Sunday 2023-08-20",
    ("441:r007", "9am"): "'moving from 9am to 8am in 2011' (a slot, T09:00) is anchored to 2025-05-03T09:00",
    ("441:r007", "8am"): "'moving from 9am to 8am in 2011' (a slot, T08:00) is anchored to 2025-05-03T08:00",
    ("441:r008", "the evening"): "'rounds off the evening' on Christmas Day (2017-12-25TEV) is not tagged",
    ("441:r009", "8.30 pm"): "'Monday to Friday at 8.30 pm' (a slot, T20:30) is anchored to 2022-12-09T20:30",
    ("441:r010", "10am"): "'moves to 10am from next week' (a slot, T10:00) is anchored to 2020-04-05T10:00",
    ("441:r010", "9am"): "'the 9am slot' (T09:00) is anchored to 2020-04-04T09:00",
    ("441:r012", "seven"): "'and at seven, a phone-in' this evening (2026-01-13T19:00) is not tagged",
    ("441:r014", "6am"): "'the usual 6am start' (a slot, T06:00) is anchored to 2016-07-20T06:00",
    ("441:r026", "10"): "'followed at 10' after Wednesday's 8 p.m. (2015-05-27T22:00) is not tagged",
    ("441:r028", "nine"): "'Still to come before nine' (2017-08-29T09:00) is not tagged",
    ("441:r029", "9pm"): "'Monday 5 March at 9pm' is valued XXXX-XX-XXT21:00, not 2018-03-05T21:00",
    ("441:r035", "10.30pm"): "'has run at 10.30pm ... since 1980' (a slot, T22:30) is anchored to 2024-07-13T22:30",
    ("441:r050", "a year"): "'for a year afterwards' is tagged as the date 2025, not the duration P1Y",
    ("441:r053", "8 p.m. PT"): "'8 p.m. PT' on Sunday, Feb. 26 is anchored to the reference day, 2017-01-25T20:00",
    ("441:r054", "11am"): "'at 11am on bank holiday Monday' is read on 2018-08-19, not 2018-08-27",
    ("441:r054", "bank holiday Monday"): (
        "'bank holiday Monday' (2018-08-27) is tagged only as 'Monday', read as 2018-08-20"
    ),
    ("441:r054", "7am"): "'moves to 7am for the rest of the summer' (T07:00) is anchored to 2018-08-20T07:00",
    ("441:r063", "Thursday"): (
        "on a Tuesday, 'pulled Thursday's episode' is 2018-04-12; read as last Thursday, 2018-04-05"
    ),
    ("441:r063", "8 p.m."): "'a rerun in the 8 p.m. slot' on Thursday is read on 2018-04-05, not 2018-04-12",
    ("441:r071", "an hour"): "'starts an hour before' is tagged as the time 2024-09-28T13:30, not the duration PT1H",
    ("441:r072", "0048"): "'the 0048 broadcast' (T00:48) is not tagged",
    ("441:r073", "midnight"): "'could finish after midnight' tonight is read as 2026-04-17T24:00, a day early",
    ("441:r074", "7 p.m."): "'shift its flagship newscast to 7 p.m.' (a slot, T19:00) is anchored to 2019-03-25T19:00",
    ("441:r074", "6:30 p.m."): "'from 6:30 p.m.' (a slot, T18:30) is anchored to 2019-03-25T18:30",
    ("441:r076", "Sunday"): "on a Saturday, 'Listings, Sunday' is 2015-10-18; read as last Sunday, 2015-10-11",
    ("441:r076", "9pm@27"): "'Sunday: BBC One, 9pm' is read on 2015-10-11, not 2015-10-18",
    ("441:r076", "9pm@88"): "'ITV, 9pm' in the Sunday listings is read on 2015-10-11, not 2015-10-18",
    ("441:r076", "10pm"): "'Channel 4, 10pm' in the Sunday listings is read on 2015-10-11, not 2015-10-18",
    ("441:r078", "4"): "'and later, at 4, an interview' (2017-03-02T16:00) is not tagged",
    ("441:r087", "Friday"): "on a Monday, 'launched ... on Friday' is 2026-02-06; read as next Friday, 2026-02-13",
    ("441:r093", "5.30"): "'from 6-9am to 5.30-9am': the bound '5.30' (T05:30) is not tagged",
    ("441:r093", "6@146"): "'tune in before 6' (T06:00) is not tagged",
    ("441:r099", "7pm AEDT"): "'from 7pm AEDT' (a slot, T19:00) is anchored to 2023-01-08T19:00",
    ("441:r099", "midnight"): "'even after midnight' (T24:00) is anchored to 2023-01-08T24:00",
    ("441:r104", "Sunday"): "on a Friday, 'Sunday's playoff game' is 2024-01-14; read as next Sunday, 2024-01-21",
    ("441:r104", "7:45"): "'between 7:45 and 8 p.m. ET' on Sunday is read on 2024-01-21, not 2024-01-14",
    ("441:r104", "8 p.m. ET"): "'8 p.m. ET' on Sunday is read on 2024-01-21, not 2024-01-14",
}

#: Expressions found where the annotator expected none, and why.
KNOWN_EXTRA: dict[str, str] = {
    "94:r084": "'Thursday, the day before a Friday midnight deadline' restates Thursday; left untagged",
    "135:r077": "'Nov. 7, the day before the election' restates Nov. 7; the annotator left it untagged",
    "144:r107": "'Jan. 20, the day after the Martin Luther King Jr. Day holiday' restates Jan. 20; left untagged",
    "2:c102": "'the Spring Festival travel rush': a holiday naming a travel season is read as the holiday",
    "6:f40": "the annotator left Eid and Ramadan untagged; they are read as holidays, dated by the lunar tables",
    "11:n058": "'Diwali Laxmi Pujan', 'Diwali Balipratipada': the festival's days by name are read as Diwali",
    "4:a17": "the show name 'Weekend Edition Sunday' is read as a Sunday",
    "4:g01": "TBAQ tags years in names ('the 1971 Convention', 'the 2000 Olympics'), so 'the 1975 Act' is read",
    "6:f06": "'in a single season' (of football) is read as three months, 'current deals' as PRESENT_REF",
    "6:f23": "'on a year-over-year basis' is read as a year, 'the current sales pace' as PRESENT_REF",
    "6:f38": "'restrictions on daily life' is read as a set, as AQUAINT tags 'his daily life'",
    "6:f34": "'The current schedule' is read as PRESENT_REF, as TBAQ does 9 times of 16",
    "6:f36": "'on weekends starting next Friday' is read as a set of weekends",
    "7:g064": "'the same quarter section' (of land) is read as a quarter",
    "7:g078": "'we're back in the forties' (degrees) is read as the 1940s",
    "7:g095": "'the same weekend a year ago', 'one weekend', 'a season' (of shopping) are read as dates and lengths",
    "8:h097": "'on the same day as trash collection' is read as the day just named",
    "9:k002": "'equalised on 71 minutes' (a match minute) is read as a length",
    "9:k027": "'2024 will be remembered as the year it nearly died': 'the year' is read as the current year",
    "10:m067": "'fall on the same date this year' is read as the date just named",
    "11:n001": "'before the Easter recess': a holiday inside an event's name is read as the day",
    "12:q004": "'after that date' is read as the date just named",
    "12:q107": "'now an empty lot' is read as PRESENT_REF, as TBAQ does 'now' 60 times of 85",
    "14:r029": "'it now expects': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "14:r036": "'Traders now see': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "14:r046": "'Its staff now project': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "14:r080": "'the companies now expect': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "14:r101": "'The company now expects': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "15:r074": "'sang there nearly every season' is read as a set",
    "17:r019": "'THE DAILY STAR' in capitals is read as 'daily'",
    "17:r065": "'sched. 08:25, now 09:40' (a departure board): 'now' is read as PRESENT_REF",
    "17:r100": "share prices in pence ('closed at 12.30, down from 14.05') are read as clock times",
    "19:r045": "'at least a quarter of' is read as three months",
    "20:r098": "'the 1922 Committee': a year in a name is read, as TBAQ tags 'the 1971 Convention'",
    "20:r107": "the dateline 'LONDON, June 24 (Reuters)' is read; the annotator leaves it out",
    "23:r103": "'a detailed plan for the period last fall': 'the period' is read as the period under discussion",
    "23:r105": "'a maximum of 11 years in prison' is read as a length; the annotator leaves sentences out",
    "24:r036": "'twenty sixteen, a year many people will be glad to see the back of': 'a year' is read as a length",
    "24:r038": "'the weekend edition' (a programme's name) is read as a weekend",
    "24:r042": "'born on the same date in nineteen eighty-eight' is read as the same date",
    "24:r104": "'plans a day of action' is read as a length",
    "25:r072": "'from about a quarter in the late 1960s' (a share) is read as three months",
    "25:r087": "'Orwell's 1984' (a novel) is read as a year",
    "25:r101": "'it was just the first half' (of a life) is read as the year's first half",
    "26:r090": "'the 6th of October Bridge' (a name) is read as a date",
    "26:r103": "'bookings for the period from April 26' and 'a record for the month' are read as the periods they name",
    "26:r105": "'will now begin on Monday, April 8': 'now' is read as the present",
    "26:r108": "'has presented its budget on the same day as Uganda' is read as the day just named",
    "27:r008": "'during the period beginning Jan. 1' is read as the period under discussion",
    "28:r078": "'The 1975' (a band) is read as a year",
    "28:r108": "'cry for a while' is read as a vague length",
    "29:r009": "'slept fewer than nine hours a night' is read as a length",
    "30:r034": "'Easter Vigil services' is read as Easter",
    "30:r102": "'the Easter Vigil' is read as Easter",
    "30:r104": "'post-Christmas sales' and 'Retailers now turn' are read as Christmas and the present",
    "30:r108": "'its annual Christmas concert' is read as Christmas",
    "32:r039": "'spent another night in emergency accommodation' is read as a length, as TimeML would tag it",
    "32:r070": "'2 of 14 in the fourth quarter', the game named in the sentence before, is read as a quarter",
    "34:r058": "'the October Revolution' is read as an October",
    "36:r058": "the horses 'Sunday Silence' and 'Friday's Child' are read as days",
    "36:r060": "the names 'Christmas Abbott' and 'Friday Pilots Club' are read as days",
    "37:r089": "the hotline number 'on 1517' is read as a year",
    "38:r001": "'$16.50 an hour' is read as a set, as TBAQ tags 'a day' in '$5 billion a day'",
    "38:r050": "'a Boston weekly' (a newspaper) is read as a set",
    "38:r056": "'trading revenue for the period' is read as the period under discussion",
    "38:r062": (
        "'The May Department Stores building': a month before a capitalised word after 'The' is read as the month"
    ),
    "38:r064": "'Q2 Holdings' (a company) is read as a quarter",
    "41:r029": (
        "'The Texan now has three majors': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52"
    ),
    "41:r094": "'Taylor Swift's 1989 (Taylor's Version)': an album named by a year is read as the year",
    "43:r092": "'known for its Sunday roast loaf': a weekday after a possessive and before a noun is read as a day",
    "44:r089": "'A Tauranga cafe called Monday's Child' is read as a weekday",
    "44:r113": "'a public consultation on the future of the town's museum': 'the future' is read as FUTURE_REF",
    "45:r056": "'wage growth remained sluggish for most of the period' is read as the period under discussion",
    "45:r057": "'before the pandemic upended daily life' is read as a set, as AQUAINT tags 'his daily life'",
    "45:r073": (
        "'June Diane Raphael', 'the August Wilson Theatre': a month before a capitalised name is read after "
        "'and' and 'the'"
    ),
    "49:r008": "'this is Weekend Edition Sunday': a programme's name ending in a weekday is read as the day",
    "49:r021": "'we warm back into the sixties' (degrees) is read as the decade",
    "49:r087": "'Weekend Edition Saturday', 'The Sunday Story': programme names are read as days",
    "49:r097": "'HOST: Now the weather.': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "49:r101": "'CRITIC (JUNE HARTLEY):' a speaker's name in capitals is read as a month",
    "50:r079": "'use FM 1960' (a Texas farm-to-market road) is read as a year",
    "52:r096": (
        "bond tenors ('the 10-year', 'the two-year') are read as lengths, as TBAQ tags '10-year note' and "
        "'30-year Treasury'"
    ),
    "52:r102": "bond tenors ('10-year yields', '5-year breakeven') are read as lengths, as TBAQ tags '10-year note'",
    "52:r110": "swap tenors ('5-year swaps', '1-year rate') are read as lengths, as TBAQ tags '10-year note'",
    "53:r078": "'by about 0.25 deg C per decade' is read as a clock time, and 'on some days' as a length",
    "53:r094": "'A night market' opening a sentence is read as a length",
    "54:r097": "'has now won six titles': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "54:r104": "'now stretches to 30 years': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "55:r103": "'warmer than the same month in any previous year' is read as dates",
    "55:r107": "'the asteroid, known as 2024 YR4': a year before a code is read as a year",
    "56:r032": (
        "'to pay the first half of their 2021 taxes': a half before 'of' a year's taxes is read as the year's half"
    ),
    "57:r066": (
        "'proclaimed the last Thursday in November a day of thanks' and 'the Christmas shopping season' are "
        "read as dates"
    ),
    "57:r101": "'believe that date' is read as an anaphoric date",
    "58:r003": "'now expects': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "58:r007": "'now sees': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "58:r017": "'now expects': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "58:r100": "'founder Lei Jun 10 votes': a name ending in 'Jun' before a number is read as a date",
    "60:r103": "'42 U.S.C. 1983' (a statute section) is read as a year",
    "61:r040": "'the Radio City Christmas Spectacular' (a show) is read as the holiday",
    "61:r093": "'The 1975' (a band) opening a sentence is read as a year",
    "61:r094": "'the \"Friday the 13th\" films': a title of several words is read as a date",
    "63:r025": "'ended the period with 41.3 million shares': 'the period' of a release is read as a date",
    "63:r083": "'Sunday Natural Products', 'co-founder Ben Friday': weekdays in names are read as days",
    "63:r093": "'ends on the Saturday closest to August 31' (a fiscal calendar's rule) is read as a Saturday",
    "63:r097": "'The Trailblazer Q4 crossover': a model named 'Q4' is read as a quarter",
    "65:r075": "'must pass MATH 2010': a course number is read as a year",
    "65:r082": "'longtime coach Ray August': a surname is read as a month",
    "65:r107": "'courses such as ECON 1010 and HIST 2016': a course number is read as a year",
    "67:r069": "'Burlington's alt-weekly Seven Days': 'weekly' in a compound is read as a set",
    "68:r080": "'The Riyadh club now have 15 points' is read as PRESENT_REF, as TBAQ does 'now' 60 times of 85",
    "68:r083": "'now goes to the Senate' is read as PRESENT_REF, as TBAQ does 'now' 60 times of 85",
    "68:r088": "'Pakistan's current account': 'current' before 'account' is read as PRESENT_REF",
    "69:r086": "'apartment number, 1919, is also the year she was born': 'the year' is read in apposition",
    "69:r091": "'the Walk for the March of Dimes', 'wore bib 1776': a charity's name and a bib number are read",
    "69:r092": "'She wore bib 2000 at the 5K': a bib number is read as a year",
    "69:r096": "'earned 42 cents an hour' is read as a rate (SET), which the annotator leaves untagged",
    "71:r026": "'declining 83% over the period' (since 1970) is read as the report's day, the date just named",
    "71:r104": "'the daily record had been 16.8C': 'daily' before a noun is read as a set",
    "71:r105": "'The August Complex' (a fire): a month before a capitalised word after 'The' is read as the month",
    "72:r029": "'three years after the fourth' (season) is read as the 4th of a month",
    "72:r095": "the show title '24' is read as the year 2024, and 'each season' (of a show) as a set of years",
    "73:r038": "'Daily Cash rewards' (a product's name) is read as a set",
    "76:r099": "'the weekend drew a record attendance' is read as the weekend just past",
    "76:r103": "'The two have now won': 'now' is read as PRESENT_REF, as TBAQ does 60 times of 85",
    "77:r016": "'the 1920 Club bowling alley': a year in a name is read, as TBAQ tags 'the 1971 Convention'",
    "77:r066": "'I write out the week' (a weekly habit) is read as this week",
    "77:r083": "'Summer Sunday' sourdough (a product's name) is read as a weekday",
    "77:r093": "'named for the year it was supposed to open' is read as the current year",
    "78:r105": "'Defense Daily' (a publication's name) is read as a set",
    "79:r053": "'The Spirit Halloween store' (a shop's name) is read as the holiday, in the past (2023-10-31)",
    "80:r091": "'half-night blocks' (of telescope time) is read as a length of 12 hours",
    "80:r092": "'BIOL 1990' (a course number) is read as the year 1990",
    "80:r094": "'the protein APRIL' is read as the month April (2022-04)",
    "81:r033": "'video of the year' (an award) is read as the current year",
    "81:r063": "'will now take place the same evening': 'now' is read as PRESENT_REF",
    "81:r096": "the band names 'The 1975' and 'Thirty Seconds to Mars' are read as a year and a length",
    "81:r097": "the film title 'Last Christmas' is read as Christmas 2018",
    "81:r105": "the song title 'September' is read as the month (2021-09)",
    "82:r016": "'$10.50 an hour' (a wage rate) is read as a set",
    "82:r066": "'Comments will now be accepted through June 6': 'now' is read as PRESENT_REF",
    "82:r083": "'the current building': 'current' before a noun is read as PRESENT_REF",
    "82:r100": "'the April Rose Senior Center': a month before a capitalised word is read as the month",
    "83:r045": "'Service of Thanksgiving' (a church service) is read as the holiday (2022-11-24)",
    "83:r075": "the party's '1922 Committee' (a name) is read as the year 1922",
    "83:r094": "'a Christmas bubble': 'Christmas' before a noun is read as the holiday (2020-12-25)",
    "83:r106": "the film title '1917' is read as the year 1917",
    "84:r055": "'the current deal': 'current' before a noun is read as PRESENT_REF",
    "84:r079": "'his current contract': 'current' before a noun is read as PRESENT_REF",
    "84:r091": "'The period ends Friday' (the signing period): 'The period' is read as the publication day",
    "84:r114": "'the 1917 Club' (a name) is read as the year 1917",
    "85:r018": "'May Chen' (a name) is read as May, and '1600 Broadway' (an address) as the year 1600",
    "85:r048": "the band names 'The 1975' and 'Wednesday' are read as a year and a weekday",
    "85:r101": "'now heads to the floor': 'now' is read as PRESENT_REF",
    "86:r029": "'the 2024 Leaf' (a model year) is read as the year 2024",
    "86:r047": "'their 1963 Sting Rays' (a model year) is read as the year 1963",
    "86:r054": "'the 2016 CX-9' (a model year) is read as the year 2016",
    "86:r093": "'the 2008 crossover' (Peugeot's model name) is read as the year 2008",
    "86:r096": "'GM first recalled 2017-2019 Bolts' (model years) is read as the years 2017 and 2019",
    "87:r016": "'is now scheduled to arrive': 'now' is read as PRESENT_REF",
    "87:r022": "'the May Melee qualifiers' (a tournament's name) is read as the month, May 2021",
    "87:r029": "'will now launch in early 2026': 'now' is read as PRESENT_REF",
    "87:r059": "'extend the current season' and 'would now start' are read as PRESENT_REF",
    "87:r071": "'Each season will last' (a game's season) is read as a set of years (P1Y)",
    "87:r074": "'will now arrive in the third': 'now' is read as PRESENT_REF",
    "87:r098": "the game title 'Friday the 13th: The Game' is read as a date, Oct. 13, 2023",
    "88:r053": "'Current enrollees' and a later 'current' are read as PRESENT_REF",
    "88:r071": "'for current recipients' is read as PRESENT_REF",
    "88:r088": "'current visa holders' is read as PRESENT_REF",
    "88:r093": "'their classmate April' (a name) is read as the month, April 2018",
    "89:r080": "'The next Christmas full moon': 'next Christmas' is read as the coming one, Dec. 25, 2015",
    "89:r105": "'six more weeks of winter' (a forecast of a year before) is read as winter 2024",
    "90:r055": "'The current districts' is read as PRESENT_REF",
    "90:r080": "'Filing deadlines that fall during': the verb 'fall' is read as 'that fall', autumn 2020",
    "91:r061": "the surname in 'Grace Sunday' is read as a date, the next Sunday (Aug. 13)",
    "91:r062": "'the 1917 Society' (a name) is read as the year 1917",
    "91:r070": "the surname in 'Chris April' is read as the month, April 2025",
    "91:r097": "'Diwali' in the event name 'Diwali Mela' is read as the festival just past, Oct. 20, 2025",
    "92:r085": "'the busiest travel day of the year': 'the year' is read as 2015, the publication year",
    "93:r108": "'China 21st Century Agenda' (a name) is read as the 21st century (value 20)",
    "95:r041": "'bronze in the 1500' (the 1500m race) is read as the year 1500",
    "95:r062": "'the LA 2028 swimming events': a year in a name is read, as TBAQ tags 'the 2000 Olympics'",
    "95:r067": "'watched the second half' (of a match) is read as the year's second half (2022-H2)",
    "96:r088": "'a new team challenged that date' (of the cave art) is read as the date just named, 'Friday'",
    "96:r101": "'cut through context 1987' (an excavation's context number) is read as the year 1987",
    "96:r110": "'The March of the Gods' (a procession): a month before a capitalised word after 'The' is read",
    "97:r048": "'Sunday Best sweet potato pies' (a product's name) is read as the next Sunday (May 19)",
    "98:r011": "'Takashimaya's Great Year-End Sale' (a sale's name): 'Year-End' is read as the end of 2023",
    "98:r063": "'will now close Milan Fashion Week' and 'The week opened' are read as PRESENT_REF and this week",
    "98:r066": "'now expects': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "98:r068": "'Spirit Halloween began opening' (a shop's name) is read as the holiday, in the past (2021-10-31)",
    "98:r080": "'a day the carrier has branded National Returns Day' is read as a length (P1D)",
    "98:r081": "'Miu Miu closes the week' (of shows) is read as this week (2023-W09)",
    "98:r092": "'It now expects': 'now' before a verb is read as PRESENT_REF, as TBAQ tags it 43 times of 52",
    "98:r106": "the perfume 'Pink Friday' is read as a date, the next Friday (Dec. 13)",
    "98:r107": "the brand 'Summer Fridays' is read as a set of Fridays",
    "98:r108": "the brand 'Sunday Riley' is read as a date, the Sunday just past (Jan. 12)",
    "99:r003": "'before the period closes' (open enrollment) is read as the date just named, Jan. 1",
    "99:r056": "'in Spring, Humble and Katy' (a town) is read as a season, and 'FM 1960' (a road) as a year",
    "101:r077": "'The current contract': 'current' before a noun is read as PRESENT_REF",
    "101:r091": "'For a while in May it rained' is read as a vague length (PXX)",
    "101:r095": "'which had been scheduled as a day off' is read as a length (P1D)",
    "101:r098": "'in August, the next date available' is read as the day after 'May 18', the date just named",
    "102:r018": "'with 2 seconds left' is tagged as a duration PT2S",
    "102:r071": "'in the first quarter' (of the game) is read as the calendar quarter 2025-Q1",
    "102:r098": "'a 24-second violation' is tagged as a duration PT24S",
    "104:r022": "'The company's current long-term support release': 'current' is tagged as PRESENT_REF",
    "104:r072": "'March Patch Tuesday release' (an event name) is read as the Tuesday of publication, 2019-03-12",
    "105:r039": "'2024 Midyear Music Report' (a report title): 'Midyear' is read as 2024",
    "105:r062": "song titles: 'Seven Days in Memphis' gives a duration P7D and 'Summer of '98' the season 1998-SU",
    "105:r078": "the band name 'Midnight Union' is read as midnight on the publication day (2022-11-18T24:00)",
    "106:r009": "the book title '1984' is read as the year 1984 (twice)",
    "106:r030": "the film title '1917' is read as the year 1917",
    "106:r034": "'daily life' is tagged as a set P1D",
    "106:r101": (
        "film titles: 'Twelve O'Clock High' is read as noon on the publication day and 'May' in 'Seven Days "
        "in May' as 2023-05"
    ),
    "107:r079": "'17 minutes before the 10th' (the 10th inning) is read as the 10th of the month just past, 2016-10-10",
    "108:r052": "'the Easter Vigil at 8 p.m. Saturday': 'Easter' is tagged as Easter Sunday, 2019-04-21",
    "108:r057": "'the 1812 Overture' is read as the year 1812",
    "108:r077": "'the 1812 Overture' is read as the year 1812",
    "108:r089": "'The Harvest Moon Festival' (a local event) is tagged as the holiday 'Moon Festival', 2020-10-01",
    "108:r096": "'The 1812 Overture' is read as the year 1812",
    "109:r006": "'a Christmas party at an Oslo restaurant last Friday': 'Christmas' is tagged as 2021-12-25",
    "111:r098": "'June Medical Services v. Russo' (a case name) is read as the month June (2020-06)",
    "112:r112": "'Friday Health Plans' (a company name) is read as the coming Friday (June 23)",
    "113:r075": "'the same two months of 2019' is tagged as a duration P2M",
    "114:r026": "'misstated the year of the previous leap day' is read as the publication year (2024)",
    "114:r109": (
        "the band names 'Friday Pilots Club' and 'Saturday Sun' are read as Friday (June 21) and Saturday (June 22)"
    ),
    "114:r110": "'Sen. Carla June' (a surname) is read as the month June (2018-06)",
    "117:r022": "'a record 38.9 years' (a median age) is tagged as a duration P38.9Y",
    "118:r075": "'walk-in hours every Saturday' is tagged as a duration PTXH",
    "118:r100": "'Monday Properties' (a company name) is read as the Monday just past (June 9)",
    "119:r032": "'$3 an hour' (a pay rate) is tagged as a rate, the set PT1H",
    "119:r039": "'$10.50 an hour' (a pay rate) is tagged as a rate, the set PT1H",
    "119:r041": "'$1 an hour' (a pay rate) is tagged as a rate, the set PT1H",
    "119:r067": "'$28 an hour' (a pay rate) is tagged as a rate, the set PT1H",
    "119:r082": "'$22 an hour' (a pay rate) is tagged as a rate, the set PT1H",
    "120:r068": "'Sunday Silence' (a racehorse) is read as the Sunday just past (April 28)",
    "121:r097": "'The Spirit of '76' (a painting's title) is read as the year 1976",
    "121:r100": "'Tchaikovsky's 1812 Overture' is read as the year 1812",
    "121:r102": "'At 1789, the Georgetown restaurant' (a restaurant's name) is read as the year 1789",
    "122:r107": "'1.2 million barrels a day' (a rate) is tagged as a duration P1D",
    "123:r093": "'a 2004 Civic' (a car's model year) is read as the year 2004",
    "123:r097": "'April, my best friend' and 'May, her partner' (names) are read as the months April 2021 and May 2021",
    "123:r101": "'Our house number is 1865' is read as the year 1865",
    "123:r104": "'the 1998 Corolla' (a car's model year) is read as the year 1998",
    "123:r107": "'the Friday's by the airport' (a restaurant) is read as the coming Friday (May 26)",
    "124:r081": "'at the current pace' is tagged as PRESENT_REF",
    "124:r087": "'on its current track' is tagged as PRESENT_REF",
    "124:r090": "'under the current rules' is tagged as PRESENT_REF",
    "125:r074": "'the podcast's current contract' is tagged as PRESENT_REF",
    "125:r099": "the episode title 'May Day' is read as the holiday, 2022-05-01",
    "126:r103": "'the second half of the novel' is read as the second half of the year, 2019-H2",
    "127:r105": "'Its AI assistant, named Friday' is read as the weekday, the Friday before (Feb. 9)",
    "127:r112": "'1984 Ventures' (a venture firm) is read as the year 1984",
    "128:r069": "'12 cents a minute' is tagged as a rate, PT1M",
    "129:r006": "'Tuesday, a 7-year-old tabby' and 'her brother Friday' (cats) are read as weekdays, May 25 and May 28",
    "129:r012": "'Ranger and June' (a police dog) is read as the month, June 2017",
    "129:r019": "'a male named Monday' (a penguin) is read as the weekday, the publication day 2024-09-30",
    "129:r022": "'80 beats a minute' is tagged as a rate, PT1M",
    "129:r039": "'Audubon Christmas Bird Count' is read as the holiday, 2019-12-25",
    "129:r041": "'a beagle named Sunday' is read as the Sunday just past (March 2)",
    "129:r056": "'meet Friday, the zoo's ... tortoise' is read as the coming Friday (Nov. 2)",
    "129:r070": "'a cat named Tuesday' is read as the weekday, the publication day 2021-11-30",
    "129:r079": "'June, the 8-year-old sea otter' is read as the month, June 2022",
    "129:r083": "'nicknamed Big Sunday' (a python) is read as the Sunday before (Aug. 16)",
    "130:r089": "'drew 180,000 visitors in six weeks' is tagged as a duration P6W",
    "130:r105": (
        "'Thanksgiving cactus' and 'Christmas cactus' (plants) are read as the holidays, 2019-11-28, 2018-11-22 and "
        "2019-12-25"
    ),
    "130:r110": "'The Sunday Gardener' (a column name) is read as the Sunday just past (Sept. 3)",
    "130:r111": "'Christmas roses' (a plant name) is read as the holiday, 2019-12-25",
    "131:r052": "'the first games now set for Sept. 4' is tagged as PRESENT_REF",
    "131:r100": "'now an assistant coach' is tagged as PRESENT_REF",
    "131:r103": "'Noah Friday' and 'Sunday Adebayo' (players' names) are read as weekdays, Oct. 20 and Oct. 15",
    "132:r100": "'the revised 500-year floodplain now covers' is tagged as PRESENT_REF",
    "132:r112": "'the May Department Stores building' is read as the month, May 2024",
    "133:r073": "'Coverage now begins the month after a person signs up' is read as the current month, 2023-03",
    "133:r076": "'out sick on a single day' is tagged as a duration P1D",
    "134:r094": "the names 'June (Mark) Dietz' and 'August' are read as the months June and August (2019-06, 2019-08)",
    "134:r095": "the charity name 'Tuesday's Children' is read as the coming Tuesday (Nov. 24)",
    "134:r101": (
        "the names 'Easter Seals' and 'Christmas in July' are read as Easter (2022-04-17), Christmas (2022-12-25) and"
        " July (2022-07)"
    ),
    "135:r011": "the name 'April Hendricks' is read as the month April just past (2022-04)",
    "135:r069": "'the biggest single day of the primary calendar': 'single day' is tagged as a duration P1D",
    "136:r078": "'Jan. 1 of the year you converted': 'the year' is tagged and defaults to the publication year (2019)",
    "137:r025": "the song titles 'Summer of '69' and '1999' are read as summer 1969 (1969-SU) and the year 1999",
    "139:r041": "'in the second half of the parade' is read as the second half of the year (2024-H2)",
    "140:r034": "'burned about 19 gallons an hour' (a fuel rate) is tagged as a set, every hour (PT1H)",
    "140:r093": "'will screen 1917' (the film title) is read as the year 1917",
    "141:r064": "'the season now closes May 15' is tagged as the present reference 'now'",
    "141:r092": "'November is the month most whitetail hunters live for' is read as the current month, 2015-10",
    "142:r014": "'The sale will now take place April 16' is tagged as the present reference 'now'",
    "142:r016": "'ask for April' (a person's name) is read as the month April 2020",
    "142:r037": "'2014 Polaris Sportsman 570' (a model year) is read as the year 2014",
    "142:r048": "'April Sandoval' (a person's name) is read as the month April 2023",
    "142:r056": "'CMLTI 2006-AR7' (a trust series name) is read as the year 2006",
    "142:r063": "'Answers to Sunday' (the dog's name) is read as the Sunday just past (Feb. 10)",
    "142:r068": "'NOW HIRING' is tagged as the present reference 'now'",
    "142:r070": "'a 1978 Bayliner' (the boat's model year) is read as the year 1978",
    "142:r082": "'1950 Farmall tractor' (a model year) is read as the year 1950",
    "142:r105": (
        "'NOW LEASING' (an ad heading) is read as PRESENT_REF, and 'Ask for Autumn' (a name) as the autumn just past,"
        " 2018-FA"
    ),
    "143:r002": "'the benchmark 10-year Treasury yield' (a bond maturity) is tagged as a duration P10Y",
    "143:r009": "'30-year borrowing costs' (a gilt maturity) is tagged as a duration P30Y",
    "143:r016": (
        "'the 10-year note' and 'the 2-year Treasury yield' (bond maturities) are tagged as durations P10Y and P2Y"
    ),
    "143:r023": (
        "'the 10-year Treasury note' and 'the 2-year yield' (bond maturities) are tagged as durations P10Y and P2Y"
    ),
    "143:r028": "'The two-year Treasury yield' (a bond maturity) is tagged as a duration P2Y",
    "143:r032": "'the two-year yield' (a bond maturity) is tagged as a duration P2Y",
    "143:r036": "'the 10-year Treasury note' (a bond maturity) is tagged as a duration P10Y",
    "143:r037": "'the 10-year yield' (a bond maturity) is tagged as a duration P10Y",
    "143:r039": "'its 50-day moving average' (the averaging window) is tagged as a duration P50D",
    "143:r042": "'the 10-year yield' (a bond maturity) is tagged as a duration P10Y",
    "143:r051": "'10-year' (the Treasury bond maturity) is tagged as a duration P10Y",
    "143:r052": (
        "'The 10-year Treasury yield' and 'the average 30-year fixed rate' (loan terms) are tagged as durations P10Y "
        "and P30Y"
    ),
    "143:r057": "'10-year notes' and '30-year bonds' (bond maturities) are tagged as durations P10Y and P30Y",
    "143:r064": "'10-year' (the Treasury bond maturity) is tagged as a duration P10Y",
    "143:r075": "'its 200-day moving average' (the averaging window) is tagged as a duration P200D",
    "143:r076": "'The 10-year Treasury yield' (a bond maturity) is tagged as a duration P10Y",
    "143:r081": (
        "'the three-month Treasury bill yield' and 'the 10-year yield' (maturities) are tagged as durations P3M and "
        "P10Y"
    ),
    "143:r082": "'their 200-day moving average' (the averaging window) is tagged as a duration P200D",
    "143:r097": "'one-month bills' (a bill maturity) is tagged as a duration P1M",
    "143:r105": "'the 20-day average' of trading volume is tagged as a duration P20D",
    "143:r108": "'The 10-year Treasury yield' (a bond maturity) is tagged as a duration P10Y",
    "144:r013": "'Classes will now end June 14': 'now' is tagged as PRESENT_REF",
    "145:r058": "'The film 1917' (a film title) is read as the year 1917",
    "145:r063": "'teams will now earn 4 points': 'now' is tagged as PRESENT_REF",
    "145:r075": "'The hosts now head to India': 'now' is tagged as PRESENT_REF",
    "146:r023": "'with current staffing': 'current' is tagged as PRESENT_REF",
    "146:r090": (
        "'Deputy Mark Christmas' and 'his bloodhound, Friday' (names) are read as Christmas 2015 and the Friday just "
        "past (Oct. 21)"
    ),
    "147:r005": "'The August Complex' (a wildfire's name) is read as the month just past, 2020-08",
    "147:r046": (
        "'The Tuesday Morning store' (a retail chain) is read as the morning of the publication day, 2016-11-29TMO"
    ),
    "148:r016": "'Members of Pentecost Tabernacle' (a church name): 'Pentecost' is read as the holiday, 2021-05-23",
    "148:r062": "'the current brick church': 'current' is tagged as PRESENT_REF",
    "148:r082": "'\"Now it is real,\" he said' in a quotation: 'Now' is tagged as PRESENT_REF",
    "149:r006": "'The 10-year Treasury yield' (a bond name) is tagged as a duration P10Y",
    "151:r021": "'the Farm Laws Repeal Bill, 2021' (part of the bill's title) is tagged as the year 2021",
    "151:r025": "'chairman of the 1922 Committee' (a committee name) is read as the year 1922",
    "151:r058": "'the Citizenship (Amendment) Bill, 2019' (part of the bill's title) is tagged as the year 2019",
    "151:r082": (
        "'the BBC's Sunday with Laura Kuenssberg' (a programme title) is read as the Sunday just past (Jan. 28)"
    ),
    "151:r086": "'the 2030 Agenda for Sustainable Development' (a programme name) is tagged as the year 2030",
    "152:r041": "'a 1917 Enfield rifle' (the rifle model) is read as the year 1917",
    "152:r062": "'closing arguments are now expected Tuesday': 'now' is tagged as PRESENT_REF",
    "152:r066": "'is now scheduled to begin': 'now' is tagged as PRESENT_REF",
    "153:r047": "'the London premiere of 1917' (the film title) is read as the year 1917",
    "153:r066": "'Taylor Swift's 1989 (Taylor's Version)' (the album title) is read as the year 1989",
    "155:r087": "'Friday's Kitchen' (an organisation name) is read as the Friday just past (Nov. 3)",
    "155:r101": (
        "'Sunday Riley' and 'Summer Fridays' (brand names) are read as the Sunday just past (Apr. 17) and the set "
        "XXXX-WXX-5"
    ),
    "156:r015": "'the busiest day of the year': 'the year' is read as the current year, 2023",
    "156:r033": "'the band opened with Prince's 1999' (a song title): '1999' is read as the year 1999",
    "157:r011": "'ask for April Chen' (a first name): 'April' is read as the month, 2024-04",
    "157:r050": "'a current Working With Children Check': 'current' is tagged as PRESENT_REF",
    "158:r005": (
        "'a 1909-S VDB penny', 'a 1916-D Mercury dime' (coin dates and mint marks): '1909' and '1916' are read as years"
    ),
    "158:r074": "'Works by April Gornik' (a first name): 'April' is read as the month, 2018-04",
    "159:r053": "'the 2000-series units' (a model series): '2000' is read as the year 2000",
    "159:r097": "'the filming of 1917 and Dunkirk' (a film title): '1917' is read as the year 1917",
    "160:r016": "'the 1812 Overture' (a title): '1812' is read as the year 1812",
    "160:r021": (
        "'Fahrenheit 451 and Nineteen Eighty-Four' (a book title): 'Nineteen Eighty-Four' is read as the year 1984"
    ),
    "160:r023": "'she retired in 2006, aged 25': '2006' is tagged as the year 2006",
    "160:r071": "'followed Independence Day with Godzilla' (a film title): read as the holiday, 2023-07-04",
    "160:r083": "'2001: A Space Odyssey' (a title): '2001' is read as the year 2001",
    "160:r087": "'Prince's fifth album, 1999' (an album title): '1999' is read as the year 1999",
    "160:r091": "'moved to its current building in 1981': 'current' is tagged as PRESENT_REF",
    "161:r047": (
        "'The moon reached first quarter Thursday' (a moon phase): 'first quarter' is read as the quarter 2023-Q1"
    ),
    "161:r073": "'HIGH RIP CURRENT RISK' (a rip current): 'CURRENT' is tagged as PRESENT_REF",
    "161:r094": "'2019 the warmest single year': 'single year' is tagged as a duration P1Y",
    "162:r039": "'5:58 left in the first quarter' (a game period): read as the quarter 2023-Q1",
    "162:r053": "'first-half spread' and '2nd-quarter under' (game periods): read as 2025-H1 and 2025-Q2",
    "162:r085": (
        "'Tuesday, a full sister to ... Minding' (a horse's name): 'Tuesday' is read as the Tuesday just past (May 31)"
    ),
    "163:r036": "'My grandma's name is April, my aunt's is June' (first names): read as the months 2024-04 and 2024-06",
    "164:r073": (
        "'The High Noon Diner' and 'Sunday Gravy platter' are names; 'Noon' is read as 12:00 on the reference day, "
        "'Sunday' as the Sunday just past (Feb. 26)"
    ),
    "164:r075": (
        "'Passover began last Saturday evening': 'Passover' is also tagged on its own, as the Passover just past, "
        "2021-03-28"
    ),
    "165:r049": "'the club's Sub-3 group now has 412 members': 'now' is tagged as PRESENT_REF",
    "165:r053": "'had watched 1917 three times' (the film) is read as the year 1917",
    "165:r055": "'ran the second half in 61:09' (of the race) is read as the second half of the year, 2021-H2",
    "165:r064": "a 'now' later in the story is tagged as PRESENT_REF",
    "165:r096": "'set the current mark of 2:02:57': 'current' is tagged as PRESENT_REF",
    "166:r025": (
        "the baby names 'June', 'August' and 'May' are read as months of the reference year (2023-06, 2023-08, 2023-05)"
    ),
    "166:r045": "'Sisters April and June Halvorsen': the given names are read as the months April and June 2018",
    "166:r103": "'Mid-year exams' (the exam name) is read as the middle of the year, value 2018",
    "167:r004": "'2019-nCoV' (the virus name) is read as the year 2019",
    "167:r078": "'sequenced the 2019-nCoV genome' (the virus name) is read as the year 2019",
    "167:r102": "'named after June Almeida' (a person) is read as the month June 2020",
    "167:r105": "'The data cover the period up to 4 January': 'the period' is tagged as the reference day, 2026-01-06",
    "168:r070": "'the biggest day of the year' (any year) is tagged as the year 2023",
    "168:r078": "'Midnight Oyster Bar' (a restaurant name) is read as the midnight just past, 2017-07-19T24:00",
    "169:r034": "'deed books from Vol. 1919 on' (a volume number) is read as the year 1919",
    "169:r050": "'his serial number was 1842' is read as the year 1842",
    "170:r029": "'The August Complex fire' (the fire's name) is read as the month August 2020",
    "170:r100": "'about 4.5 millimeters a year' (a rate) is tagged as a set, value P1Y",
    "170:r102": "'about 219 billion tonnes a year' (a rate) is tagged as a set, value P1Y",
    "171:r020": "'it now expects full-year growth': 'now' is tagged as PRESENT_REF",
    "171:r043": (
        "'the Winter X Expo' (an event name) is read as the season, 2024-WI; 'will now open' has 'now' tagged as "
        "PRESENT_REF"
    ),
    "171:r048": "'will now be held online': 'now' is tagged as PRESENT_REF",
    "171:r087": (
        "brand names 'Sunday Riley' and 'Summer Fridays' are read as the Sunday just past (March 10) and as every "
        "Friday (XXXX-WXX-5)"
    ),
    "171:r105": "'in 2004 it moved into its current arena': 'current' is tagged as PRESENT_REF",
    "172:r024": "'and now has 11 goals in 19 games' is tagged as PRESENT_REF",
    "172:r060": "'He will now miss the first two weeks' is tagged as PRESENT_REF",
    "173:r025": "'Sam Mendes's 1917' (the film title) is read as the year 1917",
    "173:r050": "'The 1772 Foundation' (a name) is read as the year 1772",
    "173:r052": (
        "'Seven A.M. (1948)' (a painting's title) is read as a clock time on the publication day, 2022-03-11T07:00"
    ),
    "173:r060": "'covering the period after 1838' is tagged as a discourse period anchored to 'on Friday' (2018-05-18)",
    "173:r078": "'its current site' is tagged as PRESENT_REF",
    "173:r086": (
        "'The first half of the show' and 'the second half' (parts of an exhibition) are read as 2023-H1 and 2022-H2"
    ),
    "174:r078": "'The siege of El Fasher has now lasted': 'now' is tagged as PRESENT_REF",
    "174:r101": "'convoys from Abéché now take up to three days': 'now' is tagged as PRESENT_REF",
    "175:r071": "'We adopted ASU 2020-06' (an accounting standard number): '2020' is read as the year 2020",
    "175:r080": "'the end of the then-current term': 'current' is tagged as PRESENT_REF",
    "176:r056": (
        "'Climbers May Have to March in From Askole' (the verb, in a headline) is read as the month, next March "
        "(2021-03)"
    ),
    "176:r073": (
        "'Midnight Lightning' (the name of a boulder problem) is read as midnight of the publication day, "
        "2025-08-18T24:00"
    ),
    "177:r002": (
        "'sessions every Tuesday afternoon during the period' is read as the last named day, Dec. 7 (2023-12-07)"
    ),
    "177:r080": "'before the month they hit that age' (no particular month) is read as a specific month, 2026-01",
    "177:r085": "'April, a 67-year-old retired bookkeeper' (a personal name) is read as the month, April 2019",
    "178:r022": "'the 1922 Committee of backbench Tory MPs' is read as the year 1922",
    "178:r041": (
        "'opened 87 new shops in the period' is tagged and resolved to the end of the half, 28 June (2025-06-28)"
    ),
    "178:r050": "'The 1922 Committee' is read as the year 1922",
    "178:r051": "'Residents in March' (the town of March) is read as the month, 2019-03",
    "178:r058": "'it will not now welcome customers' is tagged as 'now', PRESENT_REF",
    "178:r085": "'The current record of 38.7C' is tagged as 'current', PRESENT_REF",
    "179:r109": "'Congrats on 1917 and the Oscar wins' (the film 1917) is read as the year 1917",
    "181:r040": "'The current dome, built in 1978': 'current' is tagged as PRESENT_REF",
    "181:r042": (
        "'On Friday, it pushed that date back to May 9': 'that date' is tagged and resolved to that Friday (2025-04-04)"
    ),
    "182:r032": "the game titles 'Twelve Minutes' and 'Five Nights' are tagged as durations PT12M and P5D",
    "182:r037": "'Friday the 13th: The Game' (a game title) is read as the last Friday the 13th (2017-01-13)",
    "182:r048": "'the current model will keep receiving updates': 'current' is tagged as PRESENT_REF",
    "182:r051": "'each season will last roughly three months': 'each season' is tagged as a set with period P1Y",
    "182:r052": "'named ... game of the year' (the award): 'the year' is tagged as 2017",
    "182:r053": (
        "'World of Warcraft: Midnight' (the expansion's name) is read as the clock time midnight, 2025-09-10T24:00"
    ),
    "182:r058": "'will now run until May': 'now' is tagged as PRESENT_REF",
    "182:r097": "'The team now has a week off': 'now' is tagged as PRESENT_REF",
    "184:r034": "'is now set for 7:20 a.m. EST Friday': 'now' is tagged as PRESENT_REF",
    "184:r057": "'The asteroid 2024 YR4': the '2024' of the asteroid's designation is read as the year 2024",
    "185:r012": "'the astronomical start of summer' is tagged as the season 2019-SU",
    "185:r021": "'those opting for winter time' is tagged as the season 2020-WI",
    "185:r052": "'given as an extra day off': 'an extra day' is tagged as a duration P1D",
    "185:r092": "'the month of fasting' (Ramadan) is read as the current month, 2023-03",
    "187:r010": "'New Year's Millionaire Raffle' (the name of a lottery game) is read as the holiday, 2020-01-01",
    "187:r060": "'April Sunday' (a person's name) is read as the Sunday just past, 2020-08-16",
    "188:r105": "'its first losing October since 2018': '2018' is tagged as the year 2018",
    "189:r101": "'at Sunday Motors' (a dealer name) is read as the coming Sunday (2022-05-01)",
    "190:r011": "'Tchaikovsky's 1812 Overture' (a title) is read as the year 1812",
    "190:r042": "'on the eighth, ninth and 10th floors': 'the eighth' is read as a day of the month, March 8, 1911",
    "190:r066": "'A granddaughter of June Carter Cash' (a name) is read as the month June, 2018-06",
    "190:r090": "'Tchaikovsky's 1812 Overture' (a title) is read as the year 1812",
    "190:r107": "'U2's Sunday Bloody Sunday' (a song title) is read as the Sunday just past (Jan. 23)",
    "192:r045": "'Baby New Year' (the year's first baby) is read as the New Year holiday, 2026-01-01",
    "193:r076": "'midway through the third quarter' (a game period) is read as the calendar quarter 2017-Q3",
    "194:r060": "'when current commitments under the Kyoto Protocol expire': 'current' is tagged as PRESENT_REF",
    "194:r087": "'Earth Day Network' (an organization) is read as the holiday Earth Day, 2024-04-22",
    "195:r013": "'Audubon's 125th Christmas Bird Count' (an event name) is read as the holiday Christmas, 2024-12-25",
    "195:r065": "'predicting six more weeks of winter': 'winter' is tagged as a date, the winter 2025-WI",
    "195:r093": "'Our Christmas Bird Count on Dec. 19' (an event name) is read as the holiday Christmas, 2020-12-25",
    "195:r101": "'It was a year of odd timing' is tagged as a duration P1Y",
    "196:r041": "'expect 2026 to be a year of economic difficulty': 'a year' is tagged as a duration P1Y",
    "199:r014": "'the April Cornell label' (a brand name): 'April' is read as April 2017 (2017-04)",
    "199:r059": "'the 2017 through 2022 model years': the model years are tagged as the years 2017 and 2022",
    "199:r076": "'That timeline now looks unlikely': 'now' is tagged as PRESENT_REF",
    "199:r094": "'the company now forecasts revenue': 'now' is tagged as PRESENT_REF",
    "200:r054": "'Bar 1920' and '1920 Kitchen' (business names) are read as the year 1920",
    "201:r099": "'Prices in the region are now 13% above': 'now' is tagged as PRESENT_REF",
    "203:r031": "'a 25-year stretch that now spans six visits': 'now' is tagged as PRESENT_REF",
    "203:r085": "'retired goalkeeper Marcus April' (a surname) is read as the month April, 2024-04",
    "203:r097": "'the longest current tenure': 'current' is tagged as PRESENT_REF",
    "203:r103": "'the club now has 19 titles': 'now' is tagged as PRESENT_REF",
    "204:r051": "'a school day' is tagged as a duration P1D",
    "204:r059": "'scheduled as a day off' is tagged as a duration P1D",
    "204:r097": "'the Fridays for Future club' (a name) is tagged as the set of Fridays XXXX-WXX-5",
    "204:r101": "'a day' is tagged as a duration P1D",
    "205:r071": "'current mailing addresses' is tagged as PRESENT_REF",
    "206:r067": "'Actress Tuesday Weld': the name Tuesday is read as the Tuesday just past (Aug. 22)",
    "207:r079": "'The Seven Days Market' (a store name) is tagged as a duration P7D",
    "209:r013": "'within minutes of one another': bare 'minutes' is tagged as a duration PTXM",
    "209:r036": "'will now run through April 7': 'now' is tagged as PRESENT_REF",
    "209:r054": (
        "'will now open May 5 ... and run through May 21': 'now' is tagged as PRESENT_REF and 'May 21' as 2023-05-21"
    ),
    "209:r057": "'is now booking until 16 December 2017' (tickets on sale) is tagged as PRESENT_REF",
    "210:r011": "'their current licenses' is tagged as PRESENT_REF",
    "210:r047": "'Passport photos now cost $16.99' is tagged as PRESENT_REF",
    "211:r004": "'18.4 minutes per game' (a scoring average) is tagged as a duration PT18M24S",
    "211:r031": "'is now expected to be moved in the offseason' is tagged as PRESENT_REF",
    "211:r042": "'Buyout season now begins' is tagged as PRESENT_REF",
    "212:r025": "'Current subscribers will get a one-month service credit': 'Current' is tagged as PRESENT_REF",
    "212:r028": (
        "'the period expired Thursday' (the 30-day appeal window) is tagged as a date, the day of 'March 19' "
        "(2024-03-19)"
    ),
    "212:r036": "'led by April Kowalski' (a first name) is read as the month April 2018",
    "212:r059": "'Shoppers at Friday's Outlet' (a store name) is read as the Friday just past (Oct. 1)",
    "212:r086": "'premium pay of $3 per hour' is tagged as a set PT1H",
    "213:r074": "'Office LTSC 2024' (a product name) is read as the year 2024",
    "214:r046": (
        "'Sunday's Best' (a gospel group) and 'Tuesday's Gone' (a band) are read as Sunday (July 21) and Tuesday "
        "(July 23)"
    ),
    "214:r058": "'any single day last year' is tagged as a duration P1D",
    "216:r015": "'April the giraffe' (a name) is read as the month, April 2019 (2019-04)",
    "216:r066": (
        "'named June and August' and 'the second twin, August': the name August is read as the month, August 2020 "
        "(2020-08)"
    ),
    "216:r101": "'Dr. April Monday' (a surname) is read as the weekday, the publication day Monday 2022-04-04",
    "217:r013": "'a 2012 Freightliner' (the truck's model year) is read as the year 2012",
    "218:r084": "'in the second half of our test clip' (of a video) is read as the second half of the year, 2018-H2",
    "219:r083": "'two blocks from its current site': 'current' is tagged as PRESENT_REF",
    "219:r102": "'a Spirit Halloween pop-up' (a store name) is read as the holiday, 2022-10-31",
    "221:r066": "'the warehouse next door now houses' (the current use) is tagged as a date, PRESENT_REF",
    "223:r063": "'has yet to record a single day below freezing' (a count of days) is tagged as a duration P1D",
    "223:r066": "'30 of August's 31 days' counts days of a month; tagger tags '31 days' as duration P31D",
    "223:r079": "'the Bureau of Meteorology's monthly climate statement' (a report's name) is tagged as SET P1M",
    "223:r085": "'The Juneteenth 5K' (an event name; it ran Saturday) is read as the holiday, 2024-06-19",
    "224:r073": "'precincts 2020 through 2031' (precinct numbers): '2031' is tagged as the year 2031",
    "224:r094": "'The 2020 Act' (the name of a redistricting law) is tagged as the year 2020",
    "224:r104": "'The 2024 Election Integrity Act' (part of a bill's name) is tagged as the year 2024",
    "225:r033": "'The Thanksgiving travel period' (Wed. to Sun.): 'Thanksgiving' alone is tagged 2018-11-22",
    "225:r036": "'The 2019 Silverado 1500' (a model year) is tagged as the year 2019",
    "225:r080": "'their Christmas road safety operation' (a campaign name) is tagged as the date 2019-12-25",
    "226:r018": "brand names 'Sunday Riley' and 'Thursday Boot Company' are tagged as dates 2026-01-18 and 01-15",
    "226:r030": "'the Friday's Child bridal boutique' (a shop name) is read as the coming Friday, 2017-03-24",
    "226:r046": "'the current shop will close' (the existing shop) is tagged as the present, PRESENT_REF",
    "227:r018": "'The 1922 Committee' (a Conservative party body) is tagged as the year 1922",
    "227:r040": "'ten years almost to the week' is an idiom; tagger tags 'the week' as the current week 2022-W46",
    "227:r072": "'1989 (Taylor's Version) hoodies' (an album title): '1989' is tagged as the year 1989",
    "227:r076": "'beaten back by the current' (water flow) is tagged as the present, PRESENT_REF",
    "228:r019": "'the steepest drop for the period since 2009' (January-February) is tagged as today",
    "229:r004": "'the period drama' (a genre of drama) is tagged as a date, 'the period' = 2018-01-24",
    "229:r044": "'the second half of Wednesday Season 2' (part of a show) is tagged as the half-year 2025-H2",
    "229:r055": "'12 Years a Slave' (a film title) is tagged as a duration P12Y",
    "229:r074": "'on August 14, a day before Independence Day' (an offset): 'a day' is tagged as a duration P1D",
    "229:r089": "'Sam Mendes's 1917' (a film title) is tagged as the year 1917",
    "229:r092": "'Friday the 13th Part 2' (a film title) is read as the Friday just past, 2021-09-03",
    "229:r097": "'the final season's first half' (of episodes) is tagged as the first half of 2023, 2023-H1",
    "229:r103": "'the May date was safe' (an earlier release slot, year unclear) is tagged as May 2025",
    "230:r013": "'The 2024 edition of the developer kit' (a product edition name) is tagged as the year 2024",
    "230:r029": "'CVE-2025-1974' is a vulnerability ID; tagger reads its '1974' as the year 1974",
    "230:r049": "'The Windows 10 November update' (a product name) is read as the date 10 November 2015",
    "230:r080": "'Windows 10 1809' (a version) and 'the 2019 edition' (a product edition) are tagged as years",
    "230:r097": "'the 2016 edition of the kit' (a product edition name) is tagged as the year 2016",
    "231:r059": "'the Tuesday's Child nursery' (a shop name) is read as the Tuesday just past, 2017-05-23",
    "233:r018": "'the 1949 armistice lines' (the name of a border line) is tagged as the year 1949",
    "234:r031": "'Weekend Edition Saturday' (a programme name) is tagged as the date 2020-11-07",
    "234:r063": "'The Today show' is a TV programme name; tagger reads 'Today' as the date 2023-03-31",
    "234:r098": "'the busiest single day' (Good Friday) is tagged as a duration P1D",
    "235:r045": "'NXT's Halloween Havoc special' (an event name) is tagged as the date 2024-10-31",
    "236:r093": "'the local band Tuesday's Gone' (a band name) is read as the Tuesday just past, 2023-08-22",
    "237:r013": "'a 2020s-era kitchen' (a style of kitchen) is tagged as the decade 202",
    "237:r039": "'Flat 3, 1916 House' (a building name) is tagged as the year 1916",
    "237:r065": "'22 Sundays Well Road' (a street name) is tagged as a set, every Sunday",
    "238:r003": "'The 1975 will headline the O2' (a band name) is tagged as the year 1975",
    "238:r037": "'five further nights at Wembley' (a count of shows) is tagged as a duration P5D",
    "238:r053": "'The 1975' (a band name) is tagged as the year 1975",
    "240:r056": "'for the year to June 30' (the income year) is tagged 'the year' as calendar 2022",
    "240:r077": "'paid ... for the month before' (a generic rule) is tagged as February 2018",
    "241:r006": "'Taylor Swift's 1989' (an album title) is tagged as the year 1989",
    "241:r007": "'Sam Mendes's 1917 swept the Baftas' (a film title) is tagged as the year 1917",
    "241:r032": "'the cast of 1923' and 'Sheridan's 1883' (TV series titles) are tagged as years",
    "241:r033": "'Halloween Ends scared up $41 million' (a film title) is tagged as Halloween 2022-10-31",
    "241:r040": "'The Tonight Show Starring Jimmy Fallon' (a show title) is tagged as tonight, 2024-12-27TNI",
    "241:r055": "'Netflix's Wednesday' (a series title) is read as the Wednesday just past, 2023-03-01",
    "241:r070": "'(500) Days of Summer' (a film title) is read as this summer, 2019-SU",
    "241:r076": "'Midnight Oil will play' (a band name) is tagged as midnight, 2024-11-20T24:00",
    "242:r070": "'Friday the 13th on K2' (a film title) is read as the coming Friday, 2024-12-20",
    "243:r079": "'would now be played on the Sunday' ('now' meaning 'instead') is tagged as PRESENT_REF",
    "244:r002": "'the 10-year Treasury note' (a bond maturity) is tagged as a duration P10Y",
    "244:r015": "'the two-year Treasury note' (a bond maturity) is tagged as a duration P2Y",
    "244:r049": "'the 10-year yield' (a bond maturity) is tagged as a duration P10Y",
    "244:r059": "'the 10-year Treasury yield' (a bond maturity) is tagged as a duration P10Y",
    "244:r099": "'the 30-year yield' (a bond maturity used as a name) is tagged as a duration P30Y",
    "245:r064": "'rise for the third quarter in a row' (a count of quarters) is read as the date 2025-Q3",
    "245:r065": "'PeakSave Sundays' (a British Gas tariff name) is tagged as a SET of Sundays, XXXX-WXX-7",
    "246:r063": "'grab a burger at Fridays on the Green' (a bar name) is tagged as a set, every Friday",
    "246:r101": "'The Serbian has now won 22 grand slam titles' (a state, not a time) is tagged PRESENT_REF",
    "247:r018": "'for a while it seemed' (a discourse phrase, not a period) is tagged as a duration PXX",
    "247:r033": "'asteroid 2024 YR4' (an object designation) is tagged as the year 2024",
    "247:r066": "'the first-quarter moon will set' (a lunar phase) is read as the date 2024-Q1",
    "248:r020": "'Challenger, Gray & Christmas' (a firm name) is read as the holiday, 2022-12-25",
    "248:r048": "'Summer Fridays' and 'Sunday Riley' (brand names) are tagged as a SET and the past Sunday",
    "248:r101": "'can now buy replica jerseys': the adverb 'now' is tagged as a date PRESENT_REF",
    "249:r024": "'Tchaikovsky's 1812 Overture' (a title) is tagged as the year 1812",
    "249:r033": "'Midnight's Children' and Orwell's '1984' (book titles) are tagged as a time and a year",
    "249:r043": "'the 1812 Overture' (a music title) is tagged as the year 1812",
    "249:r049": "'A Friday the 13th horror marathon' (a theme title) is tagged as the date 2023-10-13",
    "249:r054": "'The 1619 Project' (a title) is tagged as the year 1619",
    "249:r056": "'Sunday Bloody Sunday' (a song title) is read as the Sunday just past, 2022-11-27",
    "249:r069": "'Man Friday' (a character) is read as 2021-11-19 and 'The Saturdays' (a band) as a set",
    "249:r083": "'1969 Records' (a shop) and 'Tchaikovsky's 1812 Overture' (a title) are tagged as years",
    "249:r086": "'the 1812 Overture' (a music title) is tagged as the year 1812",
    "250:r008": "'The Sydney Royal Easter Show' (an event name) is tagged as Easter Sunday, 2017-04-16",
    "250:r017": "'its popular 1776 hot sauce' (a product name) is tagged as the year 1776",
    "250:r047": "'the Sydney Royal Easter Show' (an event name) is read as Easter Sunday, 2023-04-09",
    "250:r100": "'the Memorial Day Quilt raffle' (a raffle name) is read as the holiday 2019-05-27",
    "250:r105": "'the first time ... that a day has been lost' (a count of days) is tagged as a duration P1D",
    "251:r036": "'the Phase 1/2 MAY-101 trial' (a trial code) is read as the date '2 MAY', 2019-05-02",
    "251:r062": "'The virus first called 2019-nCoV' (a virus name) is tagged as the year 2019",
    "251:r108": "'sold as Sunday Relief' (a brand name) is read as the Sunday just past, 2025-08-03",
    "253:r016": "'Independence Day: Resurgence' (a film title) is tagged as the holiday, 2016-07-04",
    "253:r022": "'councils have nominated another day' (some other date) is tagged as a duration P1D",
    "253:r025": "'made it a day off' (a holiday, not a length of time) is tagged as a duration P1D",
    "253:r031": "'will not get a day off in lieu' (a holiday) is tagged as a duration P1D",
    "253:r037": "'the Easter Rising' (the 1916 rebellion) is tagged as Easter 2016, 2016-03-27",
    "253:r059": "'Thanksgiving Point' (a Utah venue name) is tagged as the holiday, 2025-11-27",
    "253:r064": "'Black Christmas' (a film title) is tagged as Christmas, 2023-12-25",
    "253:r088": "'this year' in 'this year's Golden Week' is tagged on its own as 2025",
    "253:r099": "'Tuesday Weld's films' (an actress's name) is read as the coming Tuesday, 2017-09-12",
    "254:r038": "'Now TV' (a streaming service name) is tagged as 'Now', PRESENT_REF",
    "255:r013": "'stay permanently on summer or winter time' (a clock regime) is tagged as 2018-WI",
    "255:r034": "the film title 'Friday the 13th' yields a tag 'Friday', 2023-01-13",
    "255:r073": "'summer or winter time' (clock regimes) gives 'winter' as the past winter, 2018-WI",
    "255:r081": "'the week of production' (generic, for batch codes) is tagged as the current week, 2025-W02",
    "255:r104": "'Friday' in the film title 'Friday the 13th' is read as the coming Friday, Sept. 22",
    "255:r107": "'a 12-hour and a 24-hour clock display' (a clock format) is tagged as a duration PT12H",
    "256:r075": "'The April Harris Scholarship' (a person's name) is tagged as the month 2026-04",
    "256:r080": "'on the same date every month' (a recurring day) is tagged as today, 2022-07-04",
    "256:r088": "'Mark Christmas' (an analyst's surname) is tagged as Christmas, 2018-12-25",
    "257:r015": "'30-Night Trial campaign' (a campaign name) is tagged as a duration P30D",
    "257:r020": "'CBT-I, is now recommended' (adverb 'now') is tagged as PRESENT_REF",
    "257:r022": "'The 5AM Club' (a book title) is tagged as a time, 2017-07-09T05:00",
    "257:r034": "'the most depressing day of the year' (generic) is tagged as the year 2019",
    "257:r053": "'Midnight Marathon' (an event name) is tagged as a time, 2016-06-02T24:00",
    "257:r082": "'after a night that ends at 3 a.m.' (one particular night) is tagged as a duration P1D",
    "257:r097": "'the gloomiest day of the year' (generic) is tagged as the year 2022",
    "258:r028": "'Friday Flyer' (a horse name) is tagged as the Friday just past, 2018-03-02",
    "258:r044": "'Sunday Funday' (a horse name) is tagged as the Sunday just past, 2021-07-11",
    "258:r053": "'Tuesday Racing Stables' (a buyer's name) is tagged as the Tuesday just past, 2022-07-05",
    "258:r067": "'Easter Parade' (a horse's name) is tagged as Easter, 2023-04-09",
    "258:r077": "'Midnight River' (a horse name) is tagged as a time, 2023-02-21T24:00",
    "258:r084": "'Friday Fortune' (a horse's name) is read as the Friday just past, 2024-07-26",
    "258:r102": "'The Durban July' (a race name, run today) is tagged as the month 2019-07",
    "258:r105": "'Ides of March' (a horse's name) is tagged as March, 2022-03",
    "259:r034": "'Sunday Ortiz' (a name) and 'May Day Classic' (an event name) are tagged as dates",
    "259:r048": "'ended at 4:17 of the opening round' (elapsed fight time) is tagged as clock time 04:17",
    "259:r060": "'stopped at 2:42 of Round 2' (elapsed fight time) is tagged as a clock time, T02:42",
    "259:r070": "'Club Friday' (a venue) and 'Sunday Bloody Sunday' (a nickname) are tagged as dates",
    "260:r047": "'whose messaging app is called Friday' (an app name) is read as the Friday 2016-12-16",
    "260:r058": "'This week on Market Watch Sunday' (a show title) is tagged as today, Sunday 2020-10-25",
    "260:r079": "'under the symbol JUNE' (a stock ticker) is read as the month June, 2016-06",
    "260:r096": "'Sunday Capital' (a shareholder's name) is read as the Sunday just past, 2024-07-07",
    "261:r007": "'The Jan. 6 committee' (the committee's name) is tagged as the date 2021-01-06",
    "261:r020": "'the Jan. 6 committee' (a committee name) is tagged as the date 2021-01-06",
    "261:r058": "'The House Jan. 6 committee' (the committee's name) is tagged as the date 2021-01-06",
    "261:r062": "'will now report by 27 April' ('now' meaning after the extension) is tagged PRESENT_REF",
    "261:r069": "'H.R. 2024 and S. 1990' (bill numbers): '1990' is read as the year 1990",
    "261:r073": "'the final report is now due in December 2021' ('now' = after the delay) is tagged PRESENT_REF",
    "261:r089": "'Friday Media Group' (a company name) is read as the Friday just past, 2021-02-26",
    "261:r096": "'its final report is now expected' (as things stand) is tagged as the date PRESENT_REF",
    "261:r097": "'the 1922 Committee' (a committee name) is tagged as the year 1922",
    "262:r017": "'after the monthly count topped 160' (a sunspot measure) is tagged as a set P1M",
    "262:r063": "'a few days past first quarter' (a moon phase) is tagged as the quarter 2025-Q1",
    "262:r072": "'remains current until 11pm' (meaning still in force) is tagged as the date PRESENT_REF",
    "263:r042": "'called another day of mass protests' (one more protest day) is tagged as a duration P1D",
    "264:r017": "'the last 10 days of Ramadan' (a general statement) is tagged as Ramadan 2017, 2017-05-27",
    "264:r027": "'Shares in Ramadan Foods' (a company name) is read as Ramadan 2019, 2019-05-06",
    "264:r034": "'its Christmas fair' (an event moved to Dec. 1) is tagged as Christmas Day, 2018-12-25",
    "264:r040": "'the Passover Gate café' (a café name) is tagged as the holiday, 2018-03-31",
    "264:r048": "'closed for public worship over Easter' (the holiday period) is tagged as Easter Sunday 04-04",
    "264:r057": "'typically rises ... in the last 10 days of Ramadan' (any year) is tagged as Ramadan 2025-03-01",
    "264:r063": "'the first Passover Seder at sundown' (tonight's meal) is tagged as Passover, 2022-04-16",
    "264:r080": "'spend the period in a quiet room' (a lunch period) is tagged as the date 2018-05-17",
    "264:r083": "'one for each year of her age' (a count of her years) is tagged as a set P1Y",
    "264:r090": "'came up to Dublin for their Christmas shopping' (a past habit) is tagged as 2015-12-25",
    "264:r095": "'kosher-for-Passover meals' (a food category) is tagged as the date 2025-04-13",
    "264:r102": "'All I Want for Christmas Is You' (a song title) is tagged as Christmas Day, 2020-12-25",
    "265:r056": "'Both teams now head to Melbourne' (meaning next) is tagged as the date PRESENT_REF",
    "265:r057": "'England now turn to Trent Bridge' ('now' meaning next) is tagged PRESENT_REF",
    "265:r088": "'India ... now face a five-Test tour' is tagged as the date PRESENT_REF",
    "266:r025": "'go through Q1 tomorrow' (qualifying session 1) is read as a quarter, 2026-Q1",
    "266:r042": "'the 24 Hours of Le Mans' (a race name) is tagged as a duration PT24H",
    "266:r085": "'Tuesday Morning Racing' (a team name) is read as next Tuesday morning, 2016-08-23TMO",
    "267:r012": "'No. 5, 1948' (a painting title) is tagged as the year 1948",
    "267:r018": "Goya's painting title 'The Third of May 1808' is tagged as the date 1808-05-03",
    "267:r058": "'Untitled (1987)' (an artwork title) is tagged as the year 1987",
    "267:r070": "'Number 11, 1952' (a painting title) is tagged as the year 1952",
    "269:r018": "'Titled Tuesday' (an online event name) is read as the Tuesday just past, 2020-05-19",
    "269:r044": "'the 1812 Overture' (a piece of music) is tagged as the year 1812",
    "269:r051": "'A day off on Wednesday' (a rest day) is tagged as a duration P1D",
    "269:r052": "team names 'March Hares' and 'The Wednesday Football Club' are tagged 2016-03 and 2016-06-01",
    "269:r058": "'wagered $5,000 on the second' (Daily Double) is read as the 2nd of the month, 2022-11-02",
    "269:r067": "'Membership fell by a third over the period' (the canteen years) is tagged as the ref day",
    "269:r096": "'Titled Tuesday' (a tournament name) is tagged as the Tuesday just past, 2023-03-14",
    "270:r052": "'the current user-fee agreement' (an adjective) is tagged as PRESENT_REF",
    "271:r045": "'with a night slalom' (a race format) is tagged as a duration 'a night', P1D",
    "272:r079": "'Boxing Day Walkers', 'Sunday Strollers', 'Thursday Plantation' (names) are tagged as dates",
    "273:r081": "course numbers 'HIST 1945' and 'ECON 2008' are tagged as the years 1945 and 2008",
    "274:r023": "'the March Hare wine shop' (a store name) is read as the coming March, 2021-03",
    "274:r089": "'Tuesday's Child Vineyard' (a winery name) is read as the Tuesday just past, 2021-10-19",
    "275:r034": "'Windows 10 versions 1903 and 1909' (a version number) is read as the year 1909",
    "275:r079": "'Pay-monthly customers' (a billing plan) is tagged as a SET P1M",
    "277:r022": "'The 1975 play the Pavilion' (a band name) is read as the year 1975",
    "277:r051": "'this year's Christmas number one' (a chart title) is tagged as the date 2019-12-25",
    "277:r054": "'The 1975's second album' (a band name) is read as the year 1975",
    "277:r060": "'will now take place Oct. 14' ('now' meaning instead) is tagged as PRESENT_REF",
    "277:r084": "'The 1975 frontman' (a band name) is tagged as the year 1975",
    "277:r087": "'returns to Toronto in October for two more nights' (two shows) is tagged as a duration P2D",
    "277:r091": "'Taylor Swift's 1989 World Tour' (an album/tour name) is tagged as the year 1989",
    "277:r108": "'Now' in the album title 'Be Here Now' is tagged as PRESENT_REF",
    "278:r085": "'Black Friday Records' (a venue name) is tagged as the Friday just past, 2016-05-06",
    "279:r032": "'any current directors' (an adjective on directors) is tagged as PRESENT_REF",
    "279:r108": "'the band Tuesday's Child' (a band name) is read as today, Tuesday 2026-03-03",
    "280:r022": "'Diwali, which falls on ... each year' (the festival in general) is dated 2015-11-11",
    "280:r073": "'a midweek market' (a recurring Wednesday market) is tagged as the current week, 2019-W25",
    "280:r094": "'Leap day babies' (people born on Feb. 29, not a date) is tagged as today, 2024-02-29",
    "281:r006": "'the 1922 Committee' (a body's name) is tagged as the year 1922",
    "281:r027": "'the backbench 1922 Committee' (a committee name) is tagged as the year 1922",
    "281:r029": "'will now run through 2022' ('now' meaning as a result) is tagged as PRESENT_REF",
    "281:r049": "'the 1926 Club's dinner' (a club name) is tagged as the year 1926",
    "281:r065": "'write to the 1922 Committee' (a body's name) is tagged as the year 1922",
    "281:r084": "'its current building' (an adjective) is tagged as PRESENT_REF",
    "281:r099": "'2026 will be his last year in office' (his final year) is read as the year before, 2024",
    "281:r101": "'the current campaign' (the baseball season) is tagged as PRESENT_REF",
    "283:r072": "'the band March Fourth' (a band name) is read as the date 2020-03-04",
    "283:r079": "'a day rate of $590,000' (a daily rig rate) is tagged as a DURATION P1D",
    "283:r106": "'the May Day Bakery' (a shop name) is tagged as May Day, 2024-05-01",
    "284:r057": "'the 1922 Committee' (a Conservative backbench committee) is tagged as the year 1922",
    "284:r062": "'as the 1922 Committee pressed her' (a committee name) is tagged as the year 1922",
    "285:r098": "'the first half-price milkshake' (half-price) is read as the first half of the year, 2025-H1",
    "286:r071": "'The Night Before Christmas at the Midnight Theatre' (a show and a venue) gives three tags",
    "286:r086": "'High Noon' (a film title) is tagged as today at noon, 2016-07-13T12:00",
    "286:r097": "'more than in any single day on record' (a comparison) is tagged as a duration P1D",
    "286:r107": "'Today show host' (a TV programme name) is tagged as today, 2023-06-16",
    "287:r009": "'August 14, a day before Independence Day' has 'a day' tagged as a duration P1D",
    "287:r046": "'Detectives now believe' (a plain adverb) is tagged as PRESENT_REF",
    "287:r073": "'He will now take a fortnight off' (meaning next, in sequence) is tagged as PRESENT_REF",
    "288:r003": "'score more in a single quarter' (a basketball quarter) is tagged as a duration P3M",
    "288:r088": "'The second half of the IPL season' (part of a tournament) is tagged as the half-year 2021-H2",
    "289:r045": "'Christmas bin collections' (a heading for the holiday schedule) is tagged as 2018-12-25",
    "289:r061": "'Orwell's 1984' (a book title) is tagged as the year 1984",
    "289:r078": "'Christmas mixing' (a kind of mixing, not a date) is tagged as Christmas Day, 2020-12-25",
    "289:r083": "'Tory MPs on the 1922 Committee' (a body's name) is tagged as the year 1922",
    "289:r098": "'12 hrs a week' (part of a quantity) has 'a week' tagged as a SET P1W",
    "290:r008": "'Diners lined up outside Friday's Restaurant' (a name) is read as today, Friday 2018-09-21",
    "290:r031": "'Wednesday, the Netflix series' (a show title) is read as the Wednesday just past, 2024-05-15",
    "290:r086": "'the 1975' (a band) and '3AM' (a song title) are tagged as the year 1975 and 03:00 today",
    "290:r089": "'Halloween falls on a school night' is tagged as a duration P1D; it names a kind of night",
    "290:r099": "'Independence Day star' (a film title) is read as the holiday, 2024-07-04",
    "291:r019": "'rally from 19 down in fourth quarter' (a game period) is read as calendar quarter 2021-Q4",
    "291:r087": "'Channel 4's 24 Hours in A&E' (a programme title) is tagged as a duration PT24H",
    "292:r006": "'Members of the 1922 Committee' (a committee name) is tagged as the year 1922",
    "292:r040": "'The Day After Tomorrow and 1917' (film titles): '1917' is tagged as the year 1917",
    "292:r045": "'integration that is now largely behind us' (inside a quote) is tagged as PRESENT_REF",
    "292:r078": "'The 24 Hours of Le Mans' (a race name) is tagged as a duration PT24H",
    "292:r105": "'Economists now expect a second cut' is tagged as PRESENT_REF",
    "293:r036": "'Marcus Friday' (a person's name) is read as the Friday just past, 2020-09-04",
    "293:r070": "'owner Tommy June' and 'cook April Sunday' (names) are read as 2018-06 and Sunday 2019-02-10",
    "294:r005": "'10-year Treasury note' and '3-month bill' (instrument names) are tagged as durations",
    "294:r011": "'30-year fixed mortgage', '15-year fixed rate' (loan product names) are tagged as P30Y, P15Y",
    "294:r017": "'a 12-month certificate of deposit' (a product term) is tagged as a duration P12M",
    "294:r028": "'2-year Treasury yield', '30-year bond yield' (security names) are tagged as P2Y, P30Y",
    "294:r030": "'five-year fixed mortgages' (a product term) is tagged as a duration P5Y",
    "294:r033": "'three-year bond future' and '10-year contract' (instrument names) are tagged as durations",
    "294:r042": "'5-year fixed-rate bond', '1-year fixed saver' (product names) are tagged as durations P5Y, P1Y",
    "294:r054": "'30-year mortgage bonds' (an instrument name) is tagged as a duration P30Y",
    "294:r061": "'100-year bonds', '10-year Bund yield' (security names) are tagged as durations P100Y, P10Y",
    "294:r068": "'2-year notes' and '30-year fixed mortgage' (product names) are tagged as P2Y and P30Y",
    "294:r070": "'the 5-year gilt yield' (an instrument name) is tagged as a duration P5Y",
    "294:r079": "'30-year fixed-rate mortgage' and '10-year Treasury' (product names) are tagged P30Y, P10Y",
    "294:r092": "'five- and 10-year government bonds' (bond maturities): '10-year' is tagged as P10Y",
    "294:r093": "'3-month Treasury bills' and '6-month bills' (instrument names) are tagged as durations",
    "294:r103": "'the benchmark 10-year bond' (a bond name) is tagged as a duration P10Y",
    "294:r107": "'investors sold 2-year notes' (a security name) is tagged as a duration P2Y",
    "295:r017": "'Thanksgiving break will now cover' ('now' = under the new plan) is tagged PRESENT_REF",
    "295:r025": "'The Friday the 13th franchise' (a film title) is read as the next Friday the 13th, 2019-09-13",
    "295:r026": "'Futures traders now put the odds' is tagged as PRESENT_REF",
    "295:r051": "'a month of stop-start working' is tagged P1M and 'the run of long weekends' a weekly set",
    "295:r057": "'collect bins a day late' (a one-day delay) is tagged as a set P1D, as if daily",
    "295:r070": "'its Sunday roast' (a dish name) is read as the past Sunday, 2019-03-10",
    "295:r072": "'will now begin a week from Monday' ('now' meaning instead) is tagged as PRESENT_REF",
    "295:r103": "'cast as Friday' (the Crusoe character) is read as the coming Friday, 2024-04-05",
    "296:r070": "'New Year's Day' (a U2 song title played as an encore) is read as the holiday, 2018-01-01",
    "296:r093": "'support from The Mondays' (a band name) is tagged as a weekly set XXXX-WXX-1",
    "297:r006": "'the 2030 notes' and 'the 2019-B tranche' (security names) are tagged as years 2030, 2019",
    "297:r008": "'moved its year-end to the Saturday' (a fiscal term) is tagged as the year 2020",
    "297:r024": "'led by Friday Brands' (a company name) is read as the past Friday, 2025-05-02",
    "297:r031": "'its Class C shares and 2029 convertible notes' (a bond name) is tagged as the year 2029",
    "297:r042": "'The fund must now file' ('now' = as a result) is tagged as PRESENT_REF",
    "297:r045": "'the bank's 2031 notes' and '2027 floating-rate notes' (bond names) are tagged as years",
    "297:r049": "'move its year end' (a generic fiscal year-end) is tagged as the year 2015",
    "297:r054": "'the 2025 Notes and the 2026 Notes' (security names) are tagged as years 2025, 2026",
    "297:r078": "'its 2027 senior unsecured notes' (a bond name) is tagged as the year 2027",
    "297:r085": "'Harrowgate Capital now has until 5pm on 18 April' is tagged PRESENT_REF for 'now'",
    "297:r088": "'The issuer's 2045 bonds' (a bond name) is tagged as the year 2045",
    "297:r092": "'its fiscal year will now end' ('now' = from now on) is tagged as PRESENT_REF",
    "297:r102": "'holds 2028 municipal bonds' (a bond label or count) is tagged as the year 2028",
    "299:r021": "'temperatures to drop into the twenties' (degrees) is tagged as the decade 202",
    "299:r041": "film titles 'Fourth of July', 'The Ides of March', 'Friday the 13th' are tagged as dates",
    "299:r042": "'once a quarter day' ('once' = formerly; quarter day = a rent day) is tagged as a set P3M",
    "299:r077": "'The Seven Years' War' (a war's name) is tagged as a duration P7Y",
    "300:r020": "'Midnight Oil will play two shows' (a band name) is tagged as TIME 2021-10-19T24:00",
    "300:r028": "'Noon, the Dubai-based online retailer' (a company name) is read as 12:00 today",
    "301:r012": "'Now TV subscribers' (a streaming brand) is tagged as PRESENT_REF",
    "301:r018": "'revenue for the year to September 30' (a fiscal year) is tagged as calendar year 2019",
    "301:r071": "'Now TV said its romcom bundle' (a streaming brand) is tagged as PRESENT_REF",
    "301:r088": "'Midnight Oil' (a band name) is tagged as midnight, 2020-02-11T24:00",
    "301:r107": "'Now TV' and 'the Now brand' (brand names): 'Now' is tagged as PRESENT_REF",
    "302:r011": "'Will Friday, who has coached the under-12s' (a name) is read as the coming Friday, 2023-05-05",
    "302:r029": "'Tuesday's Child' (a charity name) is read as today, Tuesday 2018-06-19",
    "302:r030": "'Sunday Bloody Sunday' (a U2 song title) is read as the day of publication, 2017-07-23",
    "302:r083": "'Will Friday scored twice' (a player's surname) is read as the coming Friday, 2017-09-22",
    "302:r100": "'Will Friday, the Bristol-based poet' (a name) is read as the publication day, 2015-12-04",
    "302:r107": "the surname in 'Will Friday will find out' is tagged as the coming Friday, 2021-12-03",
    "303:r040": "'Retailer Fridays & Co.' (a company name) is tagged as a weekly SET XXXX-WXX-5",
    "303:r079": "'Will Sunday' and 'Jack Friday' (players' names) are read as dates 2016-03-06 and 2016-03-04",
    "303:r082": "'late in the fourth quarter Sunday night' (a game period) is tagged as calendar 2016-Q4",
    "303:r089": "'Passover seders' (an event held 'tonight') is tagged as a date, Passover day 2020-04-09",
    "303:r093": "'Shares in Sunday Mining' (a company name) is read as the coming Sunday, 2022-03-20",
    "304:r009": "'Friday and Saturday, the vintage clothing shop' (a shop name) is read as last Fri. and Sat.",
    "304:r010": "'Monday to Friday Ltd' (a company name) is tagged as two dates, Monday 02-12 and Friday 02-16",
    "304:r080": "'Eid al-Fitr declared once the new moon is sighted' (date not yet fixed) is tagged 2024-04-10",
    "304:r100": "'the Diwali break from October 18 to October 23' (a break's name) is tagged as day 2025-10-20",
    "305:r008": "'her aunt April' (a person's name) is read as the month, 2022-04",
    "305:r029": "'My sister-in-law, April' (a person's name) is read as the month, 2019-04",
    "305:r032": "'I named my cat Tuesday' (a pet's name) is read as this week's Tuesday, 2024-02-27",
    "305:r040": "'his ex's band, The Mondays' (a band name) is tagged as a weekly SET XXXX-WXX-1",
    "305:r068": "U2's song title 'New Year's Day', not about the holiday, is read as 2023-01-01",
    "305:r086": "'our daughter April' and 'our next child August' (names) are read as 2016-04 and 2016-08",
    "306:r045": "'is now expected' (the company's current forecast) is tagged as PRESENT_REF",
    "306:r057": "'The district has now used two of its allotted snow days' (aspectual 'now') is PRESENT_REF",
    "306:r062": "band 'Before Monday' and album 'Until Friday' (names) are read as 2018-10-29 and 2018-10-26",
    "307:r011": "'The previous record for July' (the month in general) is tagged as July 2022",
    "307:r029": "'That '70s Show' (a TV show title) is tagged as the 1970s, 197",
    "307:r035": "'Yesterday, Danny Boyle's comedy' (a film title) is read as the day before, 2019-06-26",
    "307:r044": "'28 Years Later' (a film title) is read as a date 28 years ahead, 2053",
    "307:r053": "TV titles 'That '90s Show' and 'That '70s Show' are tagged as the decades 199 and 197",
    "308:r005": "'alt-weekly' (a kind of newspaper) is tagged as a set 'weekly' P1W",
    "308:r030": "'rest through the midday heat' (generic) is tagged as a time, 2023-11-02T12:00",
    "308:r034": "'his first one-day hundred' (the one-day cricket format) is tagged as a duration P1D",
    "309:r040": "'the five-day Diwali shopping window' (a sales period) is tagged as Diwali day, 2019-10-27",
    "309:r074": "'in time for the summer holidays' (southern summer, from December 2) is read as 2020-SU",
    "310:r014": "'42 U.S.C. 1983' (a statute section) is read as the year 1983",
    "310:r093": "'on a day to be fixed by order' (an unspecified date) is tagged as a duration P1D",
    "311:r028": "'2019-nCoV' (a virus name) has '2019' tagged as the year 2019",
    "311:r105": "'designated 2023 DW' (an asteroid name) has '2023' tagged as the year 2023",
    "312:r006": "'Tchaikovsky's 1812 Overture' (a work title) is read as the year 1812",
    "312:r007": "'George Orwell's 1984' (a novel title) is tagged as the year 1984",
    "312:r020": "'a cover of Prince's 1999' (a song title) is read as the year 1999",
    "312:r029": "'the 1619 Project' and 'a 1776 Commission' (names) are tagged as the years 1619 and 1776",
    "312:r040": "the 'Summer of '69' capsule collection (a product name) is read as 1969-SU",
    "312:r079": "'an audiobook of 1984' (the novel's title) is read as the year 1984",
    "312:r083": "'Few years in English history matched 1536' is tagged as a duration PXY",
    "312:r108": "'Orwell's 1984' (a novel title) is tagged as the year 1984",
    "313:r052": "'Nineteen Eighty-Four' and 'a reading of 1984' (the novel) are tagged as the year 1984",
    "313:r072": "'winter-bound regions' (a description of places) is read as this winter, 2023-WI",
    "314:r029": "'said that May had met' (Theresa May, the PM) is read as the month, 2019-05",
    "314:r090": "'Channel 4's Sunday Brunch' (a TV show title) is read as the Sunday just past, 2022-08-14",
    "315:r016": "'a severe weather warning current' (in force) is tagged as PRESENT_REF",
    "315:r046": "'Flood warnings remain current' (still in force) is tagged as a date PRESENT_REF",
    "315:r055": "'the Boxing Day Blowout' (a store sale on a billboard) is tagged as Boxing Day 2016-12-26",
    "315:r071": "'the night' in 'during the night and morning hours' (generic, five days) is read as tonight",
    "315:r073": "'The April Showers 5K' (a race name) is tagged as the month 2025-04",
    "315:r095": "'the Sunday's Well tennis club' (a Cork place name) is read as the Sunday past, 2019-09-01",
    "316:r003": "'the 10-year Treasury yield' (a bond maturity name) is tagged as a duration P10Y",
    "316:r020": "'30-year gilts' (a bond maturity) is tagged as a duration P30Y",
    "316:r078": "'the 10-year Government of Canada bond yield' (a bond name) is tagged as a duration P10Y",
    "316:r085": "'2-year', '10-year', '30-year' (Treasury maturities) are tagged as durations P2Y, P10Y, P30Y",
    "316:r091": "'the 10-year Treasury note' (a bond name) is tagged as a duration P10Y",
    "317:r048": "'The stolen 2021 Ram 1500' (a vehicle model year) is tagged as the year 2021",
    "317:r060": "'a serial number ending in 2219' is tagged as the year 2219",
    "317:r066": "'the period already spent in custody' (time since June 2016) is tagged as today, 2019-05-31",
    "317:r075": "'the March Hare pub' (a pub name) is tagged as the month 2016-03",
    "317:r078": "'the Good Friday Bakery' (a shop name) is read as the coming Good Friday, 2017-04-14",
    "318:r011": "'chairman of the 1922 Committee' (a party committee) is tagged as the year 1922",
    "318:r052": "'Members of the 1922 Committee' (a party committee) is tagged as the year 1922",
    "318:r072": "'the St. Patrick's Day Centre' (a building name) is tagged as the holiday 2022-03-17",
    "318:r090": "'The 1922 Committee announced' (a party committee) is tagged as the year 1922",
    "318:r098": "'extended the period by six days' is tagged as a date, 2020-10-30 (the end date 'Oct. 30')",
    "318:r106": "'the April 6 Youth Movement' (a group name) is read as a date, 2015-04-06",
    "319:r015": "'Summer of '69' (a song title) is tagged as summer 1969, 1969-SU",
    "319:r053": "'Nineteen Eighty-Four' (the novel) is tagged 1984, 'Sunday Brunch' (a TV show) as 10-16",
    "319:r098": "'declared Friday a day of mourning' (a designation) is tagged as a duration P1D",
    "320:r014": "'the Easter Rising' (the 1916 rebellion's name) is tagged as Easter 2016, 2016-03-27",
    "320:r045": "'Bloody Sunday' (the 1972 killings' name) is read as the publication day, 2022-01-30",
    "321:r007": "'birthdays early in the month' (any month, a payment rule) is tagged as February 2025",
    "321:r012": "'the second-half bill' (a tax installment) is read as the second half of 2023, 2023-H2",
    "322:r097": "'48-hour stag weekends' (a kind of trip) is tagged as a set of weekends XXXX-WXX-WE",
    "323:r009": "'the so-called Christmas Star' (a name for the conjunction) is tagged as Christmas 2020-12-25",
    "324:r035": "'playing every minute in a 4-4-2' (all of the games) is tagged as a set PT1M",
    "324:r054": "'1860 Munich' (the club TSV 1860) is tagged as the year 1860",
    "325:r001": "'the biggest single day of the primary calendar' is tagged as a duration P1D",
    "325:r068": "'Sophy Ridge on Sunday' (a programme name) is tagged as Sunday 2020-11-01",
    "325:r069": "'ITV's This Morning' (a TV programme) is read as this morning, 2018-11-13TMO",
    "325:r094": "'24 Hours in Police Custody' (a programme title) is tagged as a duration PT24H",
    "326:r053": "'Groundhog Day' (a film in the classics programme) is tagged as the holiday, 2024-02-02",
    "327:r063": "'March Hare teas' (a brand name) is read as the month, March 2026",
    "327:r066": "'will now last until the end of June' (a change of plan) is tagged as the present, PRESENT_REF",
    "327:r079": "'the 1984 Collection' (a product line name) is tagged as the year 1984",
    "328:r052": "'the winter barley' (a crop type) is tagged as the winter past, 2016-WI",
    "328:r066": "'The Sunday roast at the Plough & Harrow' (a dish) is read as the Sunday just past, Apr. 6",
    "328:r107": "'Border collies named May and June' (dog names) are tagged as months 2022-05 and 2022-06",
    "329:r027": "'Spokesman Dan Friday' (a surname) is read as the Friday just past, 2019-02-22",
    "330:r002": "'an Easter Vigil' (a service name) is tagged as Easter Sunday, 2024-03-31",
    "330:r027": "'The Twelve Days of Christmas' (a carol title) is tagged as Christmas Day, 2016-12-25",
    "330:r049": "'the final candle of Hanukkah' (the festival name) is tagged as a single day, 2018-12-03",
    "330:r063": "'Hanukkah gelt and Diwali lamps' (goods) are tagged as the holidays, 2020-12-11 and 2020-11-14",
    "330:r070": "'Sydney's Lunar New Year festival' (an event name) is tagged as the day 2017-01-28",
    "330:r091": "'Easter Seals' and 'Good Friday Experiment' (names) are tagged as Apr. 1 and Mar. 30, 2018",
    "330:r103": "'Tebow ... now runs a foundation' (an ongoing state) is tagged as PRESENT_REF",
    "331:r040": "'the last quarter of the moon' (a lunar phase) is read as the previous quarter, 2017-Q3",
    "331:r063": "'The 116th Christmas Bird Count' (an event name) is tagged as Christmas Day, 2015-12-25",
    "333:r039": "'the hottest single day' and 'a single year above 1.5C' (not periods) are tagged P1D and P1Y",
    "333:r051": "'Fridays for Future' (a movement's name) is tagged as a set, every Friday",
    "333:r102": "'beyond their current limits' (the plants' operating-life limits) is tagged as PRESENT_REF",
    "334:r004": "'Taylor Swift's 1989' (an album title) is tagged as the year 1989",
    "334:r012": "band names 'The 1975' and '5 Seconds of Summer' are tagged as 1975, PT5S and 2019-SU",
    "334:r014": "'Prince's 1999' (an album title) is tagged as the year 1999",
    "334:r022": "song titles 'Sunday Bloody Sunday' and 'New Year's Day' are tagged as 2018-05-20 and 2018-01-01",
    "334:r031": "song titles 'Matchbox Twenty's 3AM' and 'Friday I'm in Love' are tagged as 03:00 and a Friday",
    "334:r043": "'Earth, Wind & Fire's September' (a song title) is tagged as September 2018",
    "334:r047": "'Midnight Oil' (a band name) is tagged as midnight, 2025-03-04T24:00",
    "334:r049": "'Tonight Alive' (a band name) is tagged as tonight, 2018-04-02TNI",
    "334:r054": "'The 1975' (a band name) is tagged as the year 1975",
    "334:r057": "'Maroon 5's Sunday Morning' (a song title) is tagged as the morning of Sunday, 2017-05-28",
    "334:r063": "'1989 (Taylor's Version)' (an album title) is tagged as the year 1989",
    "337:r036": "'his familiar Sunday red' (his final-round shirt colour) is tagged as the Sunday just past",
    "338:r079": "'Ron Tuesday, 84' (a surname) is read as the Tuesday just past, 2015-11-03",
    "338:r106": "'haven't missed the Easter vigil once in 50 years' (every year) is tagged as Easter 2016-03-27",
    "339:r091": "'on each of the affected weekends' (the closure dates already given) is tagged as a SET",
    "340:r094": "'the Good Friday Appeal' (a charity appeal name) is tagged as Good Friday, 2019-04-19",
    "340:r100": "'the 1776 Unites curriculum' (a curriculum name) is tagged as the year 1776",
    "341:r004": "'the 10-year Treasury note' (a bond maturity) is tagged as a duration P10Y",
    "341:r014": "'the two-year gilt' (a bond maturity) is tagged as a duration P2Y",
    "341:r019": "'the 10-year Treasury yield' (a bond maturity name) is tagged as a duration P10Y",
    "341:r025": "'the average 30-year fixed rate' (a mortgage type) is tagged as a duration P30Y",
    "341:r028": "'the 10-year breakeven rate' (a bond maturity name) is tagged as a duration P10Y",
    "341:r063": "'the German two-year Schatz yield' (a bond maturity) is tagged as a duration P2Y",
    "341:r077": "'the 30-year bond' (a bond maturity) is tagged as a duration P30Y",
    "341:r094": "'The 2-year Treasury yield' (a bond maturity) is tagged as a duration P2Y",
    "342:r084": "'2001 Mars Odyssey' (a spacecraft name) is tagged as the year 2001",
    "344:r016": "'the firm's 2020 Vision practice group' (a name) is tagged as the year 2020",
    "344:r022": "'The case is now expected to start' is tagged as 'now' PRESENT_REF",
    "344:r027": "'R v Hughes [2021] EWCA Crim 1856' (a case citation) is tagged as the year 2021",
    "344:r074": "'until the next date of hearing' (fixed for September 2) is read as tomorrow, 2025-08-16",
    "344:r096": "'the entire month' of 'the entire month of March' is tagged as the current month, 2023-02",
    "346:r014": "'the 1922 Committee' (a Conservative party body) is tagged as the year 1922",
    "346:r077": "'The 1922 Committee' (a Conservative party body) is tagged as the year 1922",
    "347:r079": "'regular weekend walk-in hours' (opening hours) is tagged as a duration PTXH",
    "348:r077": "'A Christmas special ... will air in December' (a show) is tagged as Christmas 2015-12-25",
    "349:r014": "'the motel, now the National Civil Rights Museum' is tagged as PRESENT_REF",
    "349:r022": "'Tchaikovsky's 1812 Overture' (a work title) is tagged as the year 1812",
    "349:r026": "'Queenstown, now Cobh' (a place renamed) is tagged as PRESENT_REF",
    "349:r039": "'June 21, 1919, a day remembered as Bloody Saturday' is tagged as a duration P1D",
    "349:r042": "'Nineteen Eighty-Four' (the title of Orwell's novel) is tagged as the year 1984",
    "349:r058": "'the 1812 Overture' (a work title) is tagged as the year 1812",
    "349:r067": "'the 1812 Overture' (a piece of music) is tagged as the year 1812",
    "350:r040": "'within a quarter mile of the transit center' (a distance) is tagged as a duration P3M",
    "350:r053": "'the Independence Day Estates plat' (a subdivision name) is tagged as the holiday 2017-07-04",
    "350:r061": "'four weeks from that date' is tagged as 2025-01-02, the decision 'dated 2 January'",
    "351:r051": "'whether to keep the current vehicle' is tagged as 'current' PRESENT_REF",
    "352:r072": "'January is the month I swear' (a yearly habit) is tagged as the current month, 2020-01",
    "352:r104": "'a Facebook group called Tuesday Toddlers' (a group name) is read as the past Tuesday, Mar. 19",
    "353:r021": "'Untitled (1982)', part of an artwork's title, is tagged as the year 1982",
    "353:r022": "'a day sale of prints' (a daytime auction) is read as the duration 'a day', P1D",
    "353:r025": "'the 1851 Great Exhibition' (an event name) is tagged as the year 1851",
    "353:r030": "'from Untitled (1960)' (an artwork's title and date) is tagged as the year 1960",
    "353:r035": "'a print of May Morning on Magdalen Tower' (a painting's title) is read as May 2020",
    "353:r060": "'No. 5, 1948' (the Pollock painting's title) is tagged as the year 1948",
    "353:r088": "'a canvas titled Untitled (1982)' (a work's title) is tagged as the year 1982",
    "353:r102": "'shown at the 1851 Great Exhibition' (an event name) is tagged as the year 1851",
    "353:r104": "'catalogued as 1974-B' (a catalogue number) is tagged as the year 1974",
    "354:r104": "'his first two seasons back' (after returning) is read as a date, spring 2019 (2019-SP)",
    "355:r005": "'The Legion Auxiliary's Christmas bingo' (an event name) is tagged as 2016-12-25",
    "355:r018": "'after the Christmas break' (a holiday period) is tagged as Christmas Day, 2022-12-25",
    "355:r019": "the surname 'Friday' and 'Friday's Diner' (a name) are both read as Friday 2023-03-24",
    "355:r060": "'A Christmas Carol' and 'Twelve Days of Christmas' (titles) are tagged as 2018-12-25",
    "355:r073": "'Sgt. Maj. Ray Tuesday' (a surname) is read as next Tuesday, 2024-12-10",
    "355:r076": "'will now be held at 1 p.m. Wednesday' ('now' meaning instead) is tagged as PRESENT_REF",
    "355:r078": "'Private Jack August' (a surname) is tagged as the month August 2015",
    "355:r079": "'founding member Lois April' (a surname) is tagged as April 2016",
    "355:r082": "'The Blue Christmas service' (a service's name) is tagged as Christmas Day, 2017-12-25",
    "355:r100": "'free Christmas dinner' (a meal's name; its date is 'Dec. 25') is tagged as 2025-12-25",
    "355:r105": "'now takes place on Sunday 3 July' ('now' meaning instead) is tagged as PRESENT_REF",
    "356:r040": "'multi-year pledges' (an adjective) is tagged as a duration PXY",
    "357:r017": "'before your current one expires' ('current' as an adjective) is tagged PRESENT_REF",
    "357:r020": "'Halcyon 30-Year Bond Fund' and '2020 Saver account' are product names; tagged P30Y and 2020",
    "357:r082": "'the 30-year bond' and 'the 10-year note' name securities; tagged as durations P30Y and P10Y",
    "358:r044": "'The 1906 Society' names a preservation group; the year is tagged",
    "359:r003": "'its current 40,000-square-foot plant' ('current' as an adjective) is tagged PRESENT_REF",
    "359:r008": "'at the current burn rate' ('current' as an adjective) is tagged PRESENT_REF",
    "359:r048": "'the Companies Act, 2013' names an act; the year is tagged",
    "359:r054": "'the film 2001: A Space Odyssey' is a film title; the year is tagged",
    "360:r084": "'the night-time economy' (an adjective, not a time) is tagged 'the night', 2021-11-18TNI",
    "361:r030": "'The 1540 Committee' names a committee; the number is tagged as the year 1540",
    "361:r102": "'the 1922 Committee' names a committee; the year is tagged",
    "361:r106": "'the current measures' (an adjective, not a time) is tagged PRESENT_REF",
    "362:r094": "'warmer than the same day in any previous year' (generic) is tagged as 2023-12-XX and 2022",
    "362:r102": "'1910: The Big Burn Revisited' is a book title; the year is tagged",
    "363:r046": "'Bankruptcy Reform Act of 1978' names a law; the year is tagged",
    "363:r063": "'The Insolvency and Bankruptcy Code, 2016' names a law; the year is tagged",
    "363:r096": "'2020 Motor Group' names a company; the number is tagged as the year 2020",
    "364:r048": "'Tchaikovsky's 1812 Overture' names a piece of music; the year is tagged",
    "365:r024": "'the current mandate' (an adjective, not a time) is tagged PRESENT_REF",
    "365:r035": "'the first half paid' (half of a pay rise) is tagged as a date, 2021-H1",
    "365:r108": "'the novel 1984' names a book; the number is tagged as a year",
    "366:r092": "'made it current' (a visa status, not a time) is tagged PRESENT_REF",
    "366:r096": "'instead of the current three months' (an adjective, not a time) is tagged PRESENT_REF",
    "367:r090": "'the current track' (an adjective, not a time) is tagged PRESENT_REF",
    "368:r007": "'Christmas-New Year Bumper' names a lottery; 'Christmas' and 'New Year' are tagged as dates",
    "368:r043": "'Saturday Lotto' names a game; 'Saturday' is tagged as the date 2026-01-17",
    "368:r052": "'Monday & Wednesday Lotto' names a game; 'Monday' is tagged as the date 2021-02-22",
    "368:r094": "'the casino's 1919 Lounge' names a venue; the year is tagged",
    "368:r101": "'Year-End Jumbo lottery' names a lottery; 'Year-End' is tagged as the date 2018",
    "369:r016": "'inventory numbers 1922/7' is a catalogue number; '1922' is tagged as a year",
    "369:r029": "'the 1812 Overture' names a piece of music; the year is tagged",
    "369:r105": "'The 1715 Fleet Society' names a society; the year is tagged",
    "370:r026": "'that winter fuel payments' ('that' is a conjunction) is tagged as 'that winter', 2024-WI",
    "371:r062": "'numbered 2019/44/C' is a contract number; the year 2019 is tagged",
    "371:r101": "'build 1809 of the desktop system' is a build number; it is tagged as the year 1809",
    "372:r009": "'the 2010 Barolo' and 'a 1998 Krug' are vintages; both years are tagged",
    "372:r017": "'the 1920 Club' names a venue; the year is tagged",
    "372:r024": "'the brewery's 1664 lager' is a brand name; it is tagged as the year 1664",
    "372:r031": "'the 2016 Barolo' names a wine vintage; the year is tagged",
    "372:r037": "'the 2019 Barolo' and 'the 2015 Brunello' name wine vintages; the years are tagged",
    "372:r056": "'the 1919' names a cocktail; the year is tagged",
    "372:r065": "'the 1880 Building' names a building; the year is tagged",
    "372:r067": "'on account of Gandhi Jayanti' (a holiday name after 'October 2') is tagged as the date 2018-10-02",
    "372:r083": "'the 2005 Bordeaux' and 'a 1945 port' name wine vintages; the years are tagged",
    "373:r070": "'Spirit of '76' names a yacht; the '76 is tagged as the year 1976",
    "375:r034": "race halves 'the first half' and 'the second' are tagged as dates 2019-H1 and 2019-05-02",
    "375:r064": "'bib numbers 1 through 1999' is a number range; '1999' is tagged as a year",
    "376:r009": "'a copy of Orwell's 1984' names a book; the year 1984 is tagged",
    "376:r027": "'half of their sentences, or a quarter' (a fraction) is tagged as a DURATION P3M",
    "377:r060": "'quotes Nineteen Eighty-Four' names a novel; it is tagged as the year 1984",
    "377:r068": "'the minutes of the 1902 Committee' names a committee; the year is tagged",
    "377:r077": "'the period under review' is tagged as a DATE, the reference day 2015-05-06",
    "377:r098": "'the period under review' is tagged as a DATE, 2019-12-31",
    "378:r039": "'September is the month to plant' is general advice; 'the month' is tagged as 2016-09",
    "378:r052": "'a fine Candlemas means six more weeks of winter' (a saying) is tagged as 2015-WI",
    "378:r059": "'The Malvern Spring Festival' names an event; 'Spring Festival' is tagged as 2024-02-10",
    "378:r074": "'recover only about a quarter' (a fraction) is tagged as a duration P3M",
    "378:r087": "'strongest ever recorded for the period' is tagged as a date 2020-05-13",
    "378:r094": "'every scrap of spring sunshine' (describing sunshine) is tagged as 2024-SP",
    "379:r018": "'r/1990s' names a Reddit forum; the decade is tagged as 199",
    "379:r024": "'2015 was the year the internet argued': 'the year' is tagged as 2015",
    "379:r045": "'his current campaign' (an adjective, not a time) is tagged PRESENT_REF",
    "379:r065": "'12 days of skincare' names a content series; it is tagged as a duration P12D",
    "379:r096": "'Summer of '69' is a song title; it is tagged as 1969-SU",
    "379:r101": "'Halloween-store memes' (a kind of store) is tagged as the date 2024-10-31",
    "381:r034": "'to serve the midday meal' (a meal, not a time) is tagged as noon on 2018-06-30",
    "381:r059": "'Christmas jumper day on Friday' names a dress-up day; 'Christmas' is tagged as 2025-12-25",
    "381:r075": "'Summer of '69' is a song title; it is tagged as summer 1969",
    "382:r008": "'Players rated under 1800' is a chess rating; it is tagged as the year 1800",
    "382:r050": "'1830: Railways & Robber Barons' names a game; the year 1830 is tagged",
    "382:r077": "'Munich 1860's chess section' names a club; '1860's' is tagged as the decade 186",
    "382:r085": "'1960: The Making of the President' names a game; the year 1960 is tagged",
    "383:r096": "'a case number beginning 2025/14' is a reference number; the year 2025 is tagged",
    "383:r105": "'interest will continue to accrue during the period' is tagged as the date 2020-05-31",
    "384:r009": "'the Industrial Disputes Act, 1947' names a law; the year 1947 is tagged",
    "384:r047": "'the period worked' (not a time) is tagged as the reference date 2024-10-04",
    "384:r059": "'Representation of the People Act, 1951' names an act; the year is tagged",
    "386:r033": "'the current wave' (an adjective, not a time) is tagged PRESENT_REF",
    "386:r059": "'the financial year-end on 30 June': 'year-end' alone is tagged as the year 2022",
    "386:r091": "'Cayman vehicle Q3 Holdings LP' names a company; 'Q3' is tagged as 2017-Q3",
    "387:r015": "'will return Aug. 14 for night shoots': 'night' is tagged as 2017-08-14TNI",
    "387:r041": "the film title 'Summer of '42' is tagged as a date, 1942-SU",
    "388:r038": "'the period for storing samples' (not a time) is tagged as 2027-01-01",
    "388:r041": "'the 1899 Club' names a club; the year is tagged",
    "388:r087": "'which will now expire' is tagged PRESENT_REF; the annotator marked nothing",
    "389:r007": "'stay permanently on summer or winter time': 'winter' is tagged as 2018-WI",
    "389:r018": "'1944: Fire Over the Rhine' is a game title; the year is tagged 1944",
    "389:r068": "'for the rest of the winter schedule' is tagged as the winter, 2019-WI",
    "389:r076": "'for eight months of the year' (any year) is tagged as the year 2025",
    "389:r079": "'ticker NOON' names a stock ticker; it is tagged as noon, 2017-04-17T12:00",
    "389:r094": "'1200 Midnight Pass Road' is a street name; 'Midnight' is tagged 2025-06-09T24:00",
    "390:r022": "'Valentine's Day is our Christmas' (a comparison, not a date) is tagged 2023-12-25",
    "390:r037": "'the best day of the year' (any year) is tagged as the year 2026",
    "391:r016": "'its midweek competition' (a kind of competition) is tagged as a DATE, 2022-W34",
    "391:r101": "'washed out on four weekends in June' (a count of weekends) is tagged as a duration, P8D",
    "392:r013": "'GBR 1720 and GBR 2022' are sail numbers; tagged as the years 1720 and 2022",
    "392:r051": "'Notice to Mariners 07/2017' is a notice number; tagged as July 2017",
    "392:r077": "'Tickets for 1805' names a show; the year 1805 is tagged",
    "393:r028": "'the current counter' (an adjective, not a time) is tagged PRESENT_REF",
    "393:r078": "'the band's album 1989' names an album; the year is tagged",
    "393:r079": "'Unit 4, 2020 Business Park' is part of an address; the year 2020 is tagged",
    "394:r063": "'on the same day as recycling' (a weekly pickup day) is tagged as the date 2022-09-01",
    "395:r102": "'the Epidemic Diseases Act, 1897' names an act; the year is tagged",
    "396:r075": "'The 21st Century Cycling Club' names a club; the century is tagged as 20",
    "397:r015": "'the current contract' (an adjective, not a time) is tagged PRESENT_REF",
    "397:r027": "'the 1922 Committee' names a committee; the year is tagged",
    "397:r078": "'its best chapter, titled 3 A.M.' is a title; it is tagged as the time 03:00",
    "397:r105": "'the current master contract' (an adjective, not a time) is tagged PRESENT_REF",
    "398:r078": "'Policy No. 2019-0412' and 'the 2019 Act' are names; a '2019' is tagged as the year",
    "398:r081": "'the war film 1917' is a film title; it is tagged as the year 1917",
    "399:r004": "'the library's 1984 first edition' is Orwell's novel; it is tagged as the year 1984",
    "399:r024": "'Orwell's 1984, a first edition' is a book title; it is tagged as the year 1984",
    "399:r058": "'a full run of 2000 AD annuals' is a title; it is tagged as the year 2000",
    "399:r069": "'first edition of Orwell's 1984' is a book title; it is tagged as the year 1984",
    "400:r006": "'its current slot' (an adjective, not a time) is tagged PRESENT_REF",
    "401:r024": "'on the same date each month' (no specific date) is tagged as today, 2023-10-02",
    "401:r043": "'Motor Vehicles (Amendment) Act, 2019' names a law; the year is tagged",
    "401:r078": "'the 2017 Fiesta Zetec' (a model year) is tagged as the year 2017",
    "401:r087": "'driver card DB 46 2019 07' (an ID number) has 2019 tagged as a year",
    "401:r102": "'the current plate format' (an adjective, not a time) is tagged PRESENT_REF",
    "403:r082": "'an EN 1822 certificate' names a standard; the number is tagged as the year 1822",
    "404:r006": "'Nineteen Seventy-Nine' is a song title; it is tagged as the year 1979",
    "404:r080": "'Summer of '69' is a song title; it is tagged as 1969-SU",
    "405:r013": "'CAD 2020' names a dispatch platform; 2020 is tagged as a year",
    "405:r041": "'over the weekend' is tagged 2022-W32-WE; the annotators marked nothing",
    "405:r086": "'bib numbers 1130 and 0945' are numbers; '0945' is tagged as the time 09:45",
    "405:r094": "'BS EN 1789' names a standard; the number is tagged as the year 1789",
    "406:r003": "'The 1975 head out on an arena tour' names a band; the year is tagged",
    "406:r004": "'Taylor Swift's 1989' names an album; the year is tagged",
    "406:r017": "the song title 'Summer of '69' is tagged as summer 1969 (1969-SU)",
    "406:r027": "'Wren Hollis's 1999' names an album; the year is tagged",
    "406:r066": "'Prince's 1999' names an album; the year is tagged",
    "406:r072": "'The 1975 play Melbourne's Rod Laver Arena' names a band; the year is tagged",
    "406:r077": "'Swift's 1989' names an album; the year is tagged",
    "406:r087": "'The 1975's debut' names a band; the year is tagged",
    "406:r106": "the shop name 'Summer of '69 Records' is tagged as summer 1969 (1969-SU)",
    "407:r001": "'Applications for the current round' (an adjective, not a time) is tagged PRESENT_REF",
    "407:r065": "'the Companies Act, 2013' names an act; the year is tagged",
    "407:r085": "'calls that close after that date' (31 October) is tagged 2019-10-31; annotators marked nothing",
    "407:r098": "'the 1994 Group' names a group of universities; the year is tagged",
    "409:r015": "'ranked 1984 at No. 7' names the novel; the year is tagged",
    "409:r029": "'a novel called 2040' names a book; the year is tagged",
    "411:r061": "'his first half marathon' (a race) is tagged as the half-year 2021-H1",
    "412:r038": "'Crossings 1850-1950' is a report title; the year 1950 is tagged",
    "413:r011": "'its current site' (an adjective, not a time) is tagged PRESENT_REF",
    "413:r014": "'a Mass of Thanksgiving' names a Mass; it is tagged as the holiday 2026-11-26",
    "413:r019": "'the 1662 Book of Common Prayer' names an edition; the year is tagged",
    "413:r108": "'is a day of fasting and abstinence' (a kind of day) is tagged as a duration P1D",
    "414:r105": "'the 1888 Building' names a building; the year is tagged",
    "415:r025": "'The council's 2015 Bus Strategy' names a document; the year is tagged",
    "415:r065": "'fleet number LD 1960' is a fleet number; it is tagged as the year 1960",
    "415:r081": "'the 1903 Club' names a club; the year is tagged",
    "106:r085": "'D-Day' (in the name 'The D-Day Story museum') is tagged 1944-06-06; the annotator left it untagged",
    "160:r110": "'D-Day' (the Normandy landings, 6 June 1944) is tagged 1944-06-06; the annotator left it untagged",
    "191:r039": "'D-Day' in 'the 75th anniversary of D-Day' is tagged 1944-06-06; the annotator left it untagged",
    "191:r107": "'D-Day' in 'the D-Day landings' is tagged 1944-06-06; the annotator left it untagged",
    "312:r061": "'D-Day' (the Normandy landings) is tagged 1944-06-06; the annotator left it untagged",
    "416:r015": "'2001: A Space Odyssey' is a film title; the year is tagged",
    "416:r038": "'Long March core stage' names a rocket; 'March' is tagged as 2021-03",
    "417:r068": "'the beginning of the calendar year' (generic) is tagged as 1957, the year of the Act",
    "418:r039": "'1984 Revisited' is a report title; the year is tagged",
    "418:r056": "'paragraphs 1940 to 1945' are paragraph numbers; '1945' is tagged as a year",
    "419:r038": "'The Raise the Wage Act of 2021' names a bill; the year is tagged",
    "419:r097": "'the Code on Wages, 2019' names a law; the year is tagged",
    "420:r005": "'the Easter Vigil' names a service; 'Easter' is tagged as 2019-04-21",
    "420:r041": "'the Easter Vigil' names a service; 'Easter' is tagged as 2024-03-31",
    "420:r056": "'the traditional Christmas Message' names an address; 'Christmas' is tagged as 2021-12-25",
    "420:r095": "'the Easter Triduum' names a liturgical period; 'Easter' is tagged as 2016-03-27",
    "421:r017": "'during the period' refers back to 7-17 April; it is tagged as a date, 2017-04-17",
    "422:r041": "'the first quarter a week later' (a moon phase) is tagged as 2026-Q1",
    "422:r054": "'the last quarter follows on Jan. 21' (a moon phase) is tagged as 2024-Q4",
    "422:r100": "'just past first quarter' (a moon phase) is tagged as a calendar quarter, 2019-Q1",
    "423:r027": "'The Holocaust Memorial Day Trust' names a trust; 'Memorial Day' is tagged 2025-05-26",
    "423:r033": "'Sam Mendes's 1917' names a film; the year is tagged",
    "423:r083": "'the ribbon colours of the 1914 Star' names a medal; the year is tagged",
    "423:r090": "'Armistice Day was a day of mourning' (not a length) is tagged as a duration P1D",
    "423:r099": "'Easter' of 'Easter Monday, 24 April 1916' is tagged alone as Easter 2016, 2016-03-27",
    "424:r036": "'the fall that took effect on October 1' is a price drop; tagged as autumn, 2023-FA",
    "425:r020": "'the current five business days' (an adjective, not a time) is tagged PRESENT_REF",
    "425:r035": "'lot numbers from 1203 to 1231' are codes; both numbers are tagged as years",
    "425:r045": "'batch codes 1711 and 1712' are codes; 1712 is tagged as a year",
    "425:r066": "'The model number, 2019-HL-12' is a code; the year 2019 is tagged",
    "425:r078": "'Section 26 of the FSS Act, 2006' names an act; the year is tagged",
    "426:r027": "'stopped short of naming a month' (not a length) is tagged as a duration P1M",
    "426:r042": "'the Diwali-themed skins' names skins; 'Diwali' is tagged as 2017-10-19",
    "426:r052": "'at the end of each season, roughly every 12 weeks' is tagged as a yearly SET P1Y",
    "426:r092": "'the arcade classic 1942' names a game; the year is tagged",
    "427:r071": "'a 3 Valleys pass for adults now costs' is tagged PRESENT_REF; the annotator marked nothing",
    "427:r076": "'Aspen Snowmass now plans' is tagged PRESENT_REF; the annotator marked nothing",
    "427:r098": "'beyond marker 2000' is a road marker; the number is tagged as the year 2000",
    "428:r012": "'the 10-year gilt yield' names a bond; '10-year' is tagged as a duration P10Y",
    "428:r024": "'the 10-year Treasury yield' and 'the 30-year bond' name bonds; tagged as durations",
    "428:r056": "'a day session' (a trading session) is tagged as a duration P1D",
    "428:r070": "'both now trade in the Nasdaq-100' is tagged 'now' PRESENT_REF; the annotator marked nothing",
    "429:r004": "'style 1965' (a dress style number) is tagged as the year 1965",
    "429:r030": "the song title '99 Red Balloons' has ''99' tagged as the year 1999",
    "429:r099": "'Nineteen Eighty-Four' (a book title) is tagged as the year 1984",
    "430:r017": "'Drugs and Cosmetics Act, 1940' names an act; the year is tagged",
    "430:r044": "'the morning-after pill' names a pill; 'the morning' is tagged as 2018-12-30TMO",
    "430:r086": "'Mucinex 12 Hour' names a product; '12 Hour' is tagged as a duration PT12H",
    "430:r096": "'once a week on the same day' is tagged as the publication date, 2024-01-21",
    "430:r104": "'on the same two days each week' is tagged as a duration P2D",
    "431:r011": "'size 0-3 months sleepsuits' (a clothing size) has '3 months' tagged as a duration P3M",
    "431:r093": "'born on the same date as both of her parents' is tagged as the publication date, 2019-07-09",
    "431:r104": "'a size 0-3 months babygrow' (a clothing size) has '3 months' tagged as a duration P3M",
    "432:r057": "'three pay packets in a single month' is tagged as a duration P1M; the annotator marked nothing",
    "432:r088": "'its 1908 Lounge' names a lounge; the number is tagged as the year 1908",
    "433:r050": "'PC 1999 Hallam' is an officer's number; it is tagged as the year 1999",
    "433:r079": "'the Hogmanay street party tonight': 'Hogmanay' is tagged as 2025-12-31; not annotated",
    "433:r101": "'quoted log 1530' is a log number; it is tagged as the year 1530",
    "434:r004": "'My 1998 Corolla' is tagged as the year 1998; the annotator marked nothing",
    "434:r008": "'the shelter upgrade at stop 1720' is a stop number; it is tagged as the year 1720",
    "434:r017": "'the period runs from service' is tagged as a date, the publication day 2025-03-04",
    "436:r019": "'7/15 Railway Parade' is a street address; tagged as the date 2020-07-15",
    "436:r040": "'The 1776 Tavern building' names a building; the year is tagged",
    "436:r065": "'the Twenty Twenty complex' names a complex; tagged as the year 2020",
    "436:r075": "'12/1925 Pacific Highway' is a street address; tagged as the month 1925-12",
    "436:r097": "'the war drama 1917' names a film; the year is tagged",
    "437:r029": "'At the 1950 Diner' names a diner; the year is tagged",
    "437:r061": "'from 1933, the year Prohibition ended': 'the year' is tagged as 1933",
    "438:r023": "'for most of the period' (not a time expression) is tagged as the date 2023-11-06",
    "438:r060": "'the current solar cycle' (an adjective, not a time) is tagged PRESENT_REF",
    "439:r075": "'police brief 1987-04' is a document number; '1987' is tagged as a year",
    "440:r051": "'six more weeks of winter': 'winter' is also tagged, as the season 2019-WI",
    "440:r054": "'the Isle of May' names an island; 'May' is tagged 2017-05",
    "441:r008": "'the Queen's Christmas message' names a broadcast; 'Christmas' is tagged 2017-12-25",
    "441:r018": "'Sky Documentaries and NOW' names a streaming service; 'NOW' is tagged PRESENT_REF",
    "441:r064": "the title 'Britain in the 1950s' names a programme; the decade is tagged 195",
    "441:r076": "'the period drama' (an adjective, not a time) is tagged as the date 2015-10-11",
    "441:r101": "'the Alternative Christmas Message' names a programme; 'Christmas' is tagged 2026-12-25",
    "441:r105": "'Sunday Brunch' names a programme; 'Sunday' is tagged 2018-05-06",
}


def _values(expected: dict[str, Any]) -> set[str]:
    """The values an expected expression allows, a time of no day in both its spellings ("T10:00" is
    "XXXX-XX-XXT10:00")."""
    values = {expected["value"], *expected.get("alt", [])}
    return values | {f"XXXX-XX-XX{value}" for value in values if value.startswith("T")}


def _strict(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in case["expected"] if not e.get("ambiguous") and not e.get("optional")]


def _label(case: dict[str, Any], expected: dict[str, Any]) -> str:
    """The expected text, with its offset when the case expects the same words twice."""
    same = sum(e["text"] == expected["text"] for e in case["expected"])
    return expected["text"] if same == 1 else f"{expected['text']}@{expected['start']}"


def _params() -> list[Any]:
    params = []
    for case in CASES:
        for expected in _strict(case):
            key = (case["key"], _label(case, expected))
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[key])] if key in KNOWN else []
            params.append(pytest.param(case, expected, id=":".join(key), marks=marks))
    return params


def _overlapping(document: timeline.Document, start: int, end: int) -> list[timeline.TimeExpression]:
    return [e for e in document.expressions if e.start < end and start < e.end]


def _unexpected(case: dict[str, Any], document: timeline.Document) -> list[timeline.TimeExpression]:
    """Expressions found where the annotator expected none (optional and ambiguous ones count)."""
    expected = {e for x in case["expected"] for e in _overlapping(document, x["start"], x["end"])}
    return [e for e in document.expressions if e not in expected]


def test_the_probes_are_well_formed() -> None:
    assert Counter(case["key"].split(":")[0] for case in CASES) == PROBE_SIZES
    assert len({case["key"] for case in CASES}) == len(CASES)
    for case in CASES:
        for expected in case["expected"]:
            assert case["sentence"][expected["start"] : expected["end"]] == expected["text"], case["key"]
    known = {(case["key"], _label(case, e)) for case in CASES for e in _strict(case)}
    assert set(KNOWN) <= known  # no stale entries
    assert set(KNOWN_EXTRA) <= {case["key"] for case in CASES}


@pytest.mark.parametrize(("case", "expected"), _params())
def test_expected_expression_is_found_and_resolved(case: dict[str, Any], expected: dict[str, Any]) -> None:
    document = timeline.extract(case["sentence"], case["reference"])
    found = [(e.text, e.type.value, e.value) for e in _overlapping(document, expected["start"], expected["end"])]
    values = _values(expected)
    types = {expected["type"], *expected.get("alt_types", [])}
    assert any(kind in types and value in values for _, kind, value in found), (
        f"{case['sentence']!r} ({case['reference']}): expected {expected['text']!r} "
        f"{expected['type']} {expected['value']}, found {found}"
    )


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=case["key"], marks=[pytest.mark.xfail(strict=True, reason=KNOWN_EXTRA[case["key"]])])
        if case["key"] in KNOWN_EXTRA
        else pytest.param(case, id=case["key"])
        for case in CASES
    ],
)
def test_nothing_else_is_tagged(case: dict[str, Any]) -> None:
    document = timeline.extract(case["sentence"], case["reference"])
    extra = [e.text for e in _unexpected(case, document)]
    assert extra == [], f"{case['sentence']!r}: not expected {extra}"


def summary() -> str:
    """Found / value / type agreement per probe and kind of expected expression (docs/evaluation.md)."""
    rows: dict[tuple[str, str], list[int]] = {}
    extra: dict[str, int] = dict.fromkeys(PROBES, 0)
    for case in CASES:
        probe = case["key"].split(":")[0]
        document = timeline.extract(case["sentence"], case["reference"])
        for expected in case["expected"]:
            kind = "optional" if expected.get("optional") else "ambiguous" if expected.get("ambiguous") else "strict"
            hits = _overlapping(document, expected["start"], expected["end"])
            values = _values(expected)
            types = {expected["type"], *expected.get("alt_types", [])}
            row = rows.setdefault((probe, kind), [0, 0, 0, 0])
            row[0] += 1
            row[1] += bool(hits)
            row[2] += any(e.value in values for e in hits)
            row[3] += any(e.type.value in types for e in hits)
        extra[probe] += len(_unexpected(case, document))
    lines = [f"{'probe':<6} {'kind':<10} {'expected':>8} {'found':>6} {'value':>6} {'type':>6}"]
    for (probe, kind), (n, found, value, typed) in sorted(rows.items(), key=lambda row: (int(row[0][0]), row[0][1])):
        lines.append(f"{probe:<6} {kind:<10} {n:>8} {found:>6} {value:>6} {typed:>6}")
    lines += [f"probe {probe}: {count} false positives" for probe, count in extra.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary())
