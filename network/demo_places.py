"""Demo data: KOK member organisations and counselling places from public sources.

Carried from the research table collected for this project (``shared/finder/members.md``,
2026-11) so the bootstrap never reads outside the project. Only what the table holds: no
phone number, address, e-mail or language was added. Left out: row 0 (the KOK office, the
umbrella, not a member place: the help box carries its numbers), rows 50 and 51 (associated
members abroad whose names were not found), every shelter address, post-office boxes and
postal addresses of a Träger. Membership is "member" only where the table says **yes** from
the organisation's own or its Träger's page; everything else is \"to be confirmed\" and hidden
from readers until the office confirms it. Each fact's source stays in the office-only
``source`` fields. Load with ``network.places_io.load_demo()`` (called by ``bootstrap_kok``).
"""

# fmt: off
ORGANISATIONS = [{'name': 'vij – Verein für Internationale Jugendarbeit',
  'kind': 'welfare',
  'website': 'https://vij-wuerttemberg.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #1: KOK? ?'},
 {'name': 'Diakonisches Werk / Kreisdiakonieverband Heilbronn',
  'kind': 'welfare',
  'website': 'https://diakonie-heilbronn.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #2: KOK? ?'},
 {'name': 'Diakonisches Werk Freiburg',
  'kind': 'welfare',
  'website': 'https://diakonie-freiburg.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #3: KOK? ?'},
 {'name': 'Diakonie (Ortenau/Baden)',
  'kind': 'welfare',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #4: KOK? ?'},
 {'name': 'Diakonisches Werk Mannheim',
  'kind': 'welfare',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #5: KOK? ?'},
 {'name': 'STOP dem Frauenhandel ökumenische gGmbH',
  'kind': 'counselling-centre',
  'website': 'https://jadwiga-online.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #6: KOK? ?; #7: KOK? ?; #8: KOK? ?; #9: KOK? ?'},
 {'name': 'SOLWODI Bayern',
  'kind': 'counselling-centre',
  'website': 'https://solwodi.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #10: KOK? ?; #11: KOK? ?; #12: KOK? ?'},
 {'name': 'Ban Ying e.V.',
  'kind': 'migrant-women',
  'website': 'https://ban-ying.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #13: KOK? ?; #14: KOK? ?'},
 {'name': 'IN VIA Katholischer Verband für Mädchen- und Frauensozialarbeit für das Erzbistum '
          'Berlin',
  'kind': 'welfare',
  'website': 'https://invia-berlin.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #15: KOK? yes (3rd) — its head sits on the KOK '
            'board; #16: KOK? yes (3rd) as #15; #17: KOK? ?'},
 {'name': 'SOLWODI Berlin e.V.',
  'kind': 'counselling-centre',
  'website': 'https://solwodi-berlin.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #18: KOK? ?'},
 {'name': 'ONA e.V.',
  'kind': 'shelter',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #19: KOK? ?'},
 {'name': 'Arbeit und Leben Berlin-Brandenburg DGB/VHS e.V.',
  'kind': 'rights',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #20: KOK? ?'},
 {'name': 'Hydra e.V.',
  'kind': 'sex-work',
  'website': 'https://hydra-berlin.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #21: KOK? ?'},
 {'name': 'Verein für Innere Mission in Bremen',
  'kind': 'welfare',
  'website': 'https://menschenhandel-bremen.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #22: KOK? ?'},
 {'name': 'KOOFRA e.V.',
  'kind': 'counselling-centre',
  'website': 'https://koofra.de',
  'membership': 'member',
  'source': 'Research table (members.md, 2026-11), #23: KOK? **yes** (own page)'},
 {'name': 'FIM e.V.',
  'kind': 'migrant-women',
  'website': 'https://fim-frauenrecht.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #24: KOK? ?'},
 {'name': 'AWO Soziale Dienste gGmbH Westmecklenburg / AWO KV Schwerin-Parchim',
  'kind': 'welfare',
  'website': 'https://fachberatungsstelle-zora.de',
  'membership': 'member',
  'source': 'Research table (members.md, 2026-11), #25: KOK? **yes** (own page)'},
 {'name': 'Phoenix e.V.',
  'kind': 'sex-work',
  'website': 'https://kobra-beratungsstelle.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #26: KOK? ?; #27: KOK? ?'},
 {'name': 'Dortmunder Mitternachtsmission e.V.',
  'kind': 'counselling-centre',
  'website': 'https://mitternachtsmission.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #28: KOK? yes (3rd: Wikipedia; its head on KOK '
            'board since 2014)'},
 {'name': 'Caritas-SkF-Essen gGmbH (cse)',
  'kind': 'welfare',
  'website': 'https://cse.ruhr',
  'membership': 'member',
  'source': 'Research table (members.md, 2026-11), #29: KOK? **yes** (Träger page)'},
 {'name': 'agisra e.V.',
  'kind': 'migrant-women',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #30: KOK? ?'},
 {'name': 'Evangelische Frauenhilfe in Westfalen e.V.',
  'kind': 'welfare',
  'website': 'https://nadeschda-owl.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #31: KOK? ?; #32: KOK? ?'},
 {'name': 'Frauenberatungsstelle Düsseldorf e.V.',
  'kind': 'counselling-centre',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #33: KOK? ?'},
 {'name': 'Eine Welt Zentrum Herne',
  'kind': 'counselling-centre',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #34: KOK? ?'},
 {'name': 'Diakonie Mark-Ruhr',
  'kind': 'welfare',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #35: KOK? ?'},
 {'name': 'SOLWODI NRW',
  'kind': 'counselling-centre',
  'website': 'https://solwodi.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #36: KOK? ?'},
 {'name': 'SOLWODI',
  'kind': 'counselling-centre',
  'website': 'https://solwodi.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #37: KOK? ?'},
 {'name': 'SOLWODI Deutschland e.V.',
  'kind': 'counselling-centre',
  'website': 'https://solwodi.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #38: KOK? ?'},
 {'name': 'SOLWODI Rheinland-Pfalz',
  'kind': 'counselling-centre',
  'website': 'https://solwodi.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #39: KOK? ?; #40: KOK? ?; #41: KOK? ?'},
 {'name': 'ALDONA e.V.',
  'kind': 'sex-work',
  'website': 'https://aldona-ev.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #42: KOK? ?; #43: KOK? ?'},
 {'name': 'Multikulturelles Zentrum Zittau e.V.',
  'kind': 'counselling-centre',
  'website': 'https://kobranet.eu',
  'membership': 'member',
  'source': 'Research table (members.md, 2026-11), #44: KOK? **yes** (own page); #45: KOK? **yes** '
            '(as #44)'},
 {'name': 'KARO e.V.',
  'kind': 'counselling-centre',
  'website': 'https://karo-ev.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #46: KOK? ?'},
 {'name': 'AWO Landesverband Sachsen-Anhalt e.V.',
  'kind': 'welfare',
  'website': '',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #47: KOK? ?'},
 {'name': 'Frauenwerk der Nordkirche',
  'kind': 'rights',
  'website': 'https://contra-sh.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #48: KOK? ?'},
 {'name': 'refugio thüringen e.V.',
  'kind': 'rights',
  'website': 'https://bekom-thueringen.de',
  'membership': 'to-be-confirmed',
  'source': 'Research table (members.md, 2026-11), #49: KOK? ?'}]

PLACES = [{'row': 1,
  'organisation': 'vij – Verein für Internationale Jugendarbeit',
  'name': 'FIZ – Fraueninformationszentrum Stuttgart',
  'city': 'Stuttgart',
  'region': '',
  'laender': ['BW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung', 'zwangsverheiratung'],
  'target_groups': ['women', 'men', 'trans-non-binary'],
  'languages': ['de', 'th', 'es', 'en', 'el'],
  'interpreters': True,
  'contacts': [('messenger', '0157 35 58 06 75', ''), ('email', 'fiz@vij-wuerttemberg.de', '')],
  'walk_in_address': '',
  'source': 'Research table row 1 (Conf. B). Sources: https://krankenhauspfarramt.de/?p=6213 (≈150 '
            'clients/yr, mostly West Africa); '
            'https://www.frauen-efw.de/aktuelles/aktuelle-meldungen-von-efw/detail/article/neue-vorsitzende-fiz/ '
            '; https://www.vij-wuerttemberg.de/uk/node/413 ; '
            'https://diefraktion-stuttgart.de/2023/10/18/staedtischen-zuschuss-fuer-das-fraueninformationszentrum-fiz-und-fuer-zentrum-fuer-integration-des-vij-e-v-erhoehen/ '
            '; one of 4 FBS funded by BW (http://www.ekma.de/frauen_beratungsstelle_amalie.html)\n'
            'Phone (table): 0157 35 58 06 75 (mobile, also WhatsApp; published for Info-Café '
            'sign-up 2024)\n'
            'E-mail (table): fiz@vij-wuerttemberg.de\n'
            'Languages (table): migrant counselling: de, th, es, en, el + interpreters\n'
            'Kind (table): spez. FBS + Migrantinnenberatung\n'
            'Target groups (table): mainly women; also individual men and trans persons (sexual '
            'exploitation); women **and men** in labour exploitation\n'
            'Forms (table): sex., lab.; marriage-migrant crises, FM (Fachtag)\n'
            'Träger (table): vij – Verein für Internationale Jugendarbeit (Diakonie Württemberg)'},
 {'row': 2,
  'organisation': 'Diakonisches Werk / Kreisdiakonieverband Heilbronn',
  'name': 'Mitternachtsmission Heilbronn – FBS für Betroffene von Menschenhandel',
  'city': 'Heilbronn',
  'region': '',
  'laender': ['BW'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'domestic-violence'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 2 (Conf. B). Sources: '
            'https://sponsimitternachtsmission.de/dafuer-laufen-wir/ (emergency reachability 7 '
            'days); '
            'https://diakonie-wuerttemberg.de/14102021-opfer-von-menschenhandel-fachberatung-braucht-verlaessliche-finanzierung '
            '; '
            'https://www.diakonie-heilbronn.de/wer-wir-sind/nachrichten-und-informationen/news-detail.html?tx_news_pi1%5Bnews%5D=140&cHash=db9063edf3299a8a1a70fa269a9998c2\n'
            'Kind (table): spez. FBS + Frauen- und Kinderschutzhaus + anonymous Schutzwohnungen in '
            'BW + Kontaktmobil (street outreach)\n'
            'Target groups (table): women (and children in the shelter)\n'
            'Forms (table): sex.; domestic violence (shelter)\n'
            'Träger (table): Diakonisches Werk / Kreisdiakonieverband Heilbronn'},
 {'row': 3,
  'organisation': 'Diakonisches Werk Freiburg',
  'name': 'FreiJa – Aktiv gegen Zwangsprostitution und Menschenhandel (Freiburg)',
  'city': 'Freiburg',
  'region': '',
  'laender': ['BW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [('phone', '0761 7671-255', ''),
               ('messenger', '0160 94618147', ''),
               ('email', 'freija@diakonie-freiburg.de', '')],
  'walk_in_address': '',
  'source': 'Research table row 3 (Conf. C). Sources: '
            'https://www.freiburg-schwarzwald.de/blog/business/dienste/prostitution/freija/ (old; '
            '2006 sites Kehl, Kirchzarten, Weil am Rhein); locations Freiburg + Kehl in 2021: '
            'https://diakonie-wuerttemberg.de/14102021-opfer-von-menschenhandel-fachberatung-braucht-verlaessliche-finanzierung\n'
            'Phone (table): 0761 7671-255; 0160 94618147 (third-party, old)\n'
            'E-mail (table): freija@diakonie-freiburg.de (third-party, old)\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): girls and women forced into / exploited in prostitution; '
            'marriage migrants facing violence\n'
            'Forms (table): sex.\n'
            'Träger (table): Diakonisches Werk Freiburg (Diakonie Baden)'},
 {'row': 4,
  'organisation': 'Diakonie (Ortenau/Baden)',
  'name': 'FreiJa – Standort Kehl',
  'city': 'Kehl',
  'region': '',
  'laender': ['BW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [('phone', '07851 72244', '')],
  'walk_in_address': '',
  'source': 'Research table row 4 (Conf. C). Sources: same as #3; '
            'https://www.stadtanzeiger-ortenau.de/kehl-stadt/c-panorama/fuer-opfer-von-menschenhandel-sind_a67462 '
            '(staff anonymous for safety)\n'
            'Phone (table): 07851 72244 (third-party, old)\n'
            'Kind (table): spez. FBS (branch)\n'
            'Target groups (table): as #3\n'
            'Forms (table): sex.\n'
            'Träger (table): Diakonie (Ortenau/Baden)'},
 {'row': 5,
  'organisation': 'Diakonisches Werk Mannheim',
  'name': 'Amalie – Beratung für Frauen in der Prostitution',
  'city': 'Mannheim',
  'region': '',
  'laender': ['BW'],
  'mobile': True,
  'shelter': False,
  'forms': ['prostitution'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 5 (Conf. C). Sources: '
            'https://www.rnz.de/nachrichten/mannheim_artikel,-mannheimer-amalie-beratungsstelle-fuer-prostituierte-ist-vorreiter-im-land-_arid,401397.html '
            '; '
            'https://www.rnz.de/region/metropolregion-mannheim_artikel,-Mannheim-Seit-zehn-Jahren-gibt-es-die-Prostituierten-Beratung-Amalie-_arid,1218095.html '
            '; BW-funded FBS: http://www.ekma.de/frauen_beratungsstelle_amalie.html\n'
            'Address (table): (drop-in address appears in press, not verified on own page)\n'
            'Kind (table): Prostitutions-/Ausstiegsberatung (Frauencafé, gyn. consultation for '
            'uninsured, streetwork)\n'
            'Target groups (table): women in prostitution and their children\n'
            'Forms (table): prostitution-related violence, exit; THB (implied, BW-funded FBS)\n'
            'Träger (table): Diakonisches Werk Mannheim'},
 {'row': 6,
  'organisation': 'STOP dem Frauenhandel ökumenische gGmbH',
  'name': 'JADWIGA München',
  'city': 'München',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung', 'zwangsverheiratung'],
  'target_groups': ['women'],
  'languages': ['de', 'en', 'es', 'bg', 'sr', 'hr', 'ro', 'hu', 'ru', 'pl', 'fr', 'ar'],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 6 (Conf. B). Sources: https://jadwiga-online.de/angebote ; '
            'https://stop-dem-frauenhandel.de/aktuelles/55-seit-20-jahren-heisst-es-stop-dem-frauenhandel-gegen-ausbeutung-und-menschenhandel '
            '(325 clients 2019); '
            'https://erzbistum-muenchen.de/erwachsene/fachberatungsstelle-jadwiga\n'
            'Languages (table): de, en, es, bg, sr/hr ("Serbo-Kroatisch"), ro, hu, ru, pl, fr, ar '
            '(team München + Nürnberg); "12 Sprachen" (2020)\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): women\n'
            'Forms (table): sex., lab. ("bei der Arbeit … ausgebeutet"), FM\n'
            'Träger (table): STOP dem Frauenhandel ökumenische gGmbH'},
 {'row': 7,
  'organisation': 'STOP dem Frauenhandel ökumenische gGmbH',
  'name': 'JADWIGA Nürnberg',
  'city': 'Nürnberg',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung', 'zwangsverheiratung'],
  'target_groups': ['women'],
  'languages': ['de', 'en', 'es', 'bg', 'sr', 'hr', 'ro', 'hu', 'ru', 'pl', 'fr', 'ar'],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 7 (Conf. B). Sources: as #6\n'
            'Languages (table): as #6\n'
            'Kind (table): spez. FBS (branch)\n'
            'Target groups (table): women\n'
            'Forms (table): sex., lab., FM\n'
            'Träger (table): STOP dem Frauenhandel gGmbH'},
 {'row': 8,
  'organisation': 'STOP dem Frauenhandel ökumenische gGmbH',
  'name': 'JADWIGA Hof',
  'city': 'Hof',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': [],
  'target_groups': [],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 8 (Conf. I). Sources: only a docplayer document title "JADWIGA Hof '
            'Luitpoldstrasse Hof Tel" '
            '(https://docplayer.org/amp/113375350-jadwiga-jahresbericht-2017.html); current '
            'existence unverified\n'
            'Kind (table): spez. FBS (branch?)\n'
            'Träger (table): STOP dem Frauenhandel gGmbH'},
 {'row': 9,
  'organisation': 'STOP dem Frauenhandel ökumenische gGmbH',
  'name': 'Bavarian Anti-Trafficking HELPline',
  'city': 'München',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung',
            'arbeitsausbeutung',
            'erzwungene-betteltaetigkeit',
            'ausnutzung-strafbarer-handlungen',
            'organentnahme',
            'leihmutterschaft',
            'zwangsverheiratung',
            'illegale-adoption'],
  'target_groups': ['all'],
  'languages': [],
  'interpreters': False,
  'contacts': [('phone', '0800 987 654 8', 'Mo–Fr 9–15')],
  'walk_in_address': '',
  'source': 'Research table row 9 (Conf. C). Sources: '
            'https://www.invia-bayern.de/aktuelles/presse/56-aktuelles-2025/643-erste-digitale-anlaufstelle-gegen-menschenhandel-in-deutschland.html '
            '; '
            'https://www.evangelische-zeitung.de/bayern-schafft-anlaufstelle-fuer-betroffene-von-menschenhandel '
            '; '
            'https://www.sonntagsblatt.de/artikel/epd/freistaat-schafft-zentrale-anlaufstelle-gegen-menschenhandel\n'
            'Phone (table): 0800 987 654 8 (Mo–Fr 9–15)\n'
            'Languages (table): "mehrsprachig"\n'
            'Kind (table): helpline / Anlaufstelle (phone, chat, e-mail; anonymous report form '
            'from 11/2025)\n'
            'Target groups (table): affected persons, their circle, professionals, sex buyers '
            'reporting suspicions\n'
            'Forms (table): all\n'
            'Träger (table): STOP dem Frauenhandel gGmbH (funded by Bavaria)'},
 {'row': 10,
  'organisation': 'SOLWODI Bayern',
  'name': 'SOLWODI Augsburg',
  'city': 'Augsburg',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': ['zwangsverheiratung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 10 (Conf. C). Sources: '
            'http://www.bistum-augsburg.de/RSSFeed/Haus-der-Hoffnung-Hilfe-fuer-besonders-schutzbeduerftige-Fluechtlingsfrauen_id_138145 '
            '(2016)\n'
            'Kind (table): spez. FBS + supported flat ("Haus der Hoffnung")\n'
            'Target groups (table): migrant and refugee women\n'
            'Forms (table): THB, FM, violence\n'
            'Träger (table): SOLWODI Bayern (Landesverein)'},
 {'row': 11,
  'organisation': 'SOLWODI Bayern',
  'name': 'SOLWODI Gemünden',
  'city': 'Gemünden am Main',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 11 (Conf. C). Sources: '
            'https://die-nachrichten.at/deutschland/bayern/bad-kissingen/neuer-standort-in-wuerzburg-solwodi-staerkt-frauenrechte-in-unterfranken '
            '(Bad Kissingen office closing end 2024)\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): migrant/refugee women and children\n'
            'Forms (table): THB, forced prostitution, violence in flight/migration\n'
            'Träger (table): SOLWODI Bayern'},
 {'row': 12,
  'organisation': 'SOLWODI Bayern',
  'name': 'SOLWODI Würzburg',
  'city': 'Würzburg',
  'region': '',
  'laender': ['BY'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 12 (Conf. C). Sources: as #11\n'
            'Kind (table): spez. FBS (new 2024)\n'
            'Target groups (table): as #11\n'
            'Forms (table): as #11\n'
            'Träger (table): SOLWODI Bayern'},
 {'row': 13,
  'organisation': 'Ban Ying e.V.',
  'name': 'Ban Ying – Koordinations- und Beratungsstelle gegen Menschenhandel',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [('phone', '030 440 63 73', '')],
  'walk_in_address': '',
  'source': 'Research table row 13 (Conf. B). Sources: '
            'https://suedostasien.net/es-gibt-menschenhandel-in-deutschland/amp ; '
            'https://missio.com/aktuelles/nachrichten/interviews/menschenhandel-betroffene-werden-selten-erkannt '
            '; https://www.ban-ying.de/advocacy/oeffentlichkeitsarbeit-und-vernetzung ; Berlin '
            'labour-exploitation cooperation agreement 2024: '
            'https://berlin.de/polizei/polizeimeldungen/2024/pressemitteilung.1479990.php\n'
            'Phone (table): 030 440 63 73 (third-party 2020)\n'
            'Languages (table): help page exists in Russian '
            '(ban-ying.de/hilfe-fuer-betroffene/russkii, per a third-party bot); info soaps in '
            'tl/id, zh/vi, en/es, fr/bg, tr/am (materials, not counselling)\n'
            'Kind (table): spez. FBS (migrant women)\n'
            'Target groups (table): everyone who identifies as a woman\n'
            "Forms (table): lab. (domestic workers incl. diplomats' households, care, gastronomy, "
            'cosmetics, cleaning), sex. (sex industry)\n'
            'Träger (table): Ban Ying e.V.'},
 {'row': 14,
  'organisation': 'Ban Ying e.V.',
  'name': 'Ban Ying – anonyme Zufluchtswohnung',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': True,
  'forms': [],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 14 (Conf. C). Sources: '
            'https://suedostasien.net/es-gibt-menschenhandel-in-deutschland/amp ; '
            'http://hlcmr.de/projekte\n'
            'Address (table): never published\n'
            'Kind (table): Zufluchtswohnung / Schutzwohnung\n'
            'Target groups (table): women (originally from SE Asia)\n'
            'Forms (table): THB, exploitation, violence\n'
            'Träger (table): Ban Ying e.V.'},
 {'row': 15,
  'organisation': 'IN VIA Katholischer Verband für Mädchen- und Frauensozialarbeit für das '
                  'Erzbistum Berlin',
  'name': 'IN VIA – Koordinations- und Beratungsstelle für Frauen, die von Menschenhandel '
          'betroffen sind (Berlin)',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung'],
  'target_groups': ['women'],
  'languages': ['de', 'ru', 'pl', 'ro', 'en'],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 15 (Conf. B). Sources: '
            'https://www.caritas-berlin.de/presse/pressemitteilungen/hilfe-fuer-frauen-bei-zwangsprostitution-6c10c28e-b314-42d4-8d15-9f66bab35f1b '
            '; https://taz.de/Praeventionsprojekte/!279588/ (since 1997); board: '
            'https://www.kok-gegen-menschenhandel.de/en/news/news/kok-news/kok-datenbericht-2022\n'
            'Languages (table): de, ru, pl, ro, en (2011)\n'
            'Kind (table): spez. FBS (Wohlfahrts-/kath. Fachverband)\n'
            'Target groups (table): women\n'
            'Forms (table): sex.; lab. (signatory of Berlin labour-exploitation agreement 2024)\n'
            'Träger (table): IN VIA Katholischer Verband für Mädchen- und Frauensozialarbeit für '
            'das Erzbistum Berlin'},
 {'row': 16,
  'organisation': 'IN VIA Katholischer Verband für Mädchen- und Frauensozialarbeit für das '
                  'Erzbistum Berlin',
  'name': 'IN VIA – Beratungsstelle Land Brandenburg',
  'city': '',
  'region': '',
  'laender': ['BB'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Name in the research table: IN VIA – Beratungsstelle Land Brandenburg (+ Streetwork '
            'HIV/STI prevention, BB–PL border)\n'
            'Research table row 16 (Conf. B). Sources: https://invia-berlin.de/?p=7725 (15 years '
            'in 2025); https://invia-berlin.de/tag-gegen-menschenhandel ; '
            'https://heimatkunde.boell.de/de/2014/12/08/menschenhandel-zur-sexuellen-ausbeutung-im-land-brandenburg\n'
            'Kind (table): spez. FBS + streetwork\n'
            'Target groups (table): women; sex workers (streetwork)\n'
            'Forms (table): sex., lab.\n'
            'Träger (table): IN VIA (Erzbistum Berlin)'},
 {'row': 17,
  'organisation': 'IN VIA Katholischer Verband für Mädchen- und Frauensozialarbeit für das '
                  'Erzbistum Berlin',
  'name': 'IN VIA – Beratungsstelle für Minderjährige, die von Menschenhandel betroffen sind',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung',
            'arbeitsausbeutung',
            'erzwungene-betteltaetigkeit',
            'ausnutzung-strafbarer-handlungen',
            'organentnahme',
            'leihmutterschaft',
            'zwangsverheiratung',
            'illegale-adoption'],
  'target_groups': ['minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 17 (Conf. C). Sources: '
            'https://checkpoint.tagesspiegel.de/langmeldung/4NllSd9O00AIL4CGU9ND3j (undated in '
            'excerpt)\n'
            'Kind (table): spez. FBS for **minors** ("bundesweit erste")\n'
            'Target groups (table): minors\n'
            'Forms (table): THB (all)\n'
            'Träger (table): IN VIA (Erzbistum Berlin)'},
 {'row': 18,
  'organisation': 'SOLWODI Berlin e.V.',
  'name': 'SOLWODI Berlin – Fachberatungsstelle',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': False,
  'forms': [],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 18 (Conf. B). Sources: https://www.solwodi-berlin.de ; 2016: 319 '
            'women from 56 countries: '
            'https://wayback.edoweb-rlp.de/weltweit/20241029mp_/http:/www.solwodi.de/823.95.html\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): especially vulnerable migrant and refugee women, focus African '
            'women and THB victims\n'
            'Forms (table): THB, gender-specific violence\n'
            'Träger (table): SOLWODI Berlin e.V. (since 05/2015; Paritätischer member since 2020)'},
 {'row': 19,
  'organisation': 'ONA e.V.',
  'name': 'ONA e.V. – Zufluchtswohnung für Betroffene von Menschenhandel und Arbeitsausbeutung',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': True,
  'forms': ['arbeitsausbeutung'],
  'target_groups': [],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 19 (Conf. C). Sources: '
            'https://berlin.de/polizei/polizeimeldungen/2024/pressemitteilung.1479990.php\n'
            'Address (table): never published\n'
            'Kind (table): Zufluchtswohnung\n'
            'Forms (table): THB, lab.\n'
            'Träger (table): ONA e.V.'},
 {'row': 20,
  'organisation': 'Arbeit und Leben Berlin-Brandenburg DGB/VHS e.V.',
  'name': 'BEMA – Berliner Beratungszentrum für Migration und Gute Arbeit',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': False,
  'forms': ['arbeitsausbeutung'],
  'target_groups': [],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 20 (Conf. C). Sources: '
            'https://berlin.de/polizei/polizeimeldungen/2024/pressemitteilung.1479990.php '
            '(signatory FBS) — KOK membership doubtful/unknown\n'
            'Kind (table): labour-rights counselling (trade-union related)\n'
            'Target groups (table): migrant workers\n'
            'Forms (table): lab.\n'
            'Träger (table): Arbeit und Leben Berlin-Brandenburg DGB/VHS e.V.'},
 {'row': 21,
  'organisation': 'Hydra e.V.',
  'name': 'Hydra e.V. – Treffpunkt und Beratung für Sexarbeiter*innen',
  'city': 'Berlin',
  'region': '',
  'laender': ['BE'],
  'mobile': False,
  'shelter': False,
  'forms': ['prostitution'],
  'target_groups': ['all'],
  'languages': ['ar', 'bg', 'en', 'fr', 'ro', 'es'],
  'interpreters': True,
  'contacts': [('phone', '030 611 00 23', ''), ('email', 'kontakt@hydra-berlin.de', '')],
  'walk_in_address': 'Köpenicker Straße 187/188, 10997 Berlin',
  'source': 'Name in the research table: Hydra e.V. – Treffpunkt und Beratung für '
            'Sexarbeiter*innen (+ Hydra Café)\n'
            'Research table row 21 (Conf. B). Sources: '
            'https://www.hydra-berlin.de/aktuelles/meldungen/detail/artikel/corona-hilfsfonds-schliesst-zum-30092020/ '
            '; languages: https://ftcn.berlin/?p=131 (3rd party); '
            'https://www.digitales-deutsches-frauenarchiv.de/akteurinnen/hydra-ev-treffpunkt-und-beratung-fuer-prostituierte\n'
            'Phone (table): 030 611 00 23\n'
            'E-mail (table): kontakt@hydra-berlin.de\n'
            'Address (table): Köpenicker Straße 187/188, 10997 Berlin (own page, 2020)\n'
            'Languages (table): ar, bg, en, fr, ro, es (+ interpreting); info in Einfache Sprache\n'
            'Kind (table): Sexarbeitsberatung (peer-based, since 1985)\n'
            'Target groups (table): sex workers of all genders (trans women explicitly since '
            '1982)\n'
            'Forms (table): sex work issues, violence, migration/social law\n'
            'Träger (table): Hydra e.V.'},
 {'row': 22,
  'organisation': 'Verein für Innere Mission in Bremen',
  'name': 'BBMeZ – Beratung für Betroffene von Menschenhandel und Zwangsprostitution',
  'city': 'Bremen',
  'region': '',
  'laender': ['HB'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': True,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 22 (Conf. B). Sources: http://www.menschenhandel-bremen.de/ (since '
            '01.01.2002); '
            'https://www.bremische-buergerschaft.de/index.php?id=35&tx_ttnews%5Btt_news%5D=1055&cHash=58a8348f8e7fddaece542d0e362bfd57 '
            '; staff anonymous: '
            'https://evangelische-zeitung.de/fachberaterinnen-fordern-konsequente-verfolgung-von-menschenhandel '
            '; Bremen also has MoBA (labour) and Nitribitt/Marie (sex work): '
            'https://www.servicestelle-gegen-zwangsarbeit.de/bundesland-uebersicht/bremen/\n'
            'Languages (table): via interpreters\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): women\n'
            'Forms (table): sex. / forced prostitution\n'
            'Träger (table): Verein für Innere Mission in Bremen (with Bremische Ev. Kirche)'},
 {'row': 23,
  'organisation': 'KOOFRA e.V.',
  'name': 'KOOFRA – Koordinierungsstelle gegen Frauenhandel e.V.',
  'city': 'Hamburg',
  'region': '',
  'laender': ['HH'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'arbeitsausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [('phone', '+49 40 67999757', '')],
  'walk_in_address': '',
  'source': 'Research table row 23 (Conf. A). Sources: https://koofra.de/about/ ; '
            'https://www.spendenparlament.de/projekt/supervision/\n'
            'Phone (table): +49 40 67999757\n'
            'Languages (table): "Infos in 35 Sprachen"; pool of native-speaking counsellors\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): women\n'
            'Forms (table): THB, Zwangsarbeit, Zwangsprostitution (≈30 % German victims)\n'
            'Träger (table): KOOFRA e.V.'},
 {'row': 24,
  'organisation': 'FIM e.V.',
  'name': 'FIM – Frauenrecht ist Menschenrecht e.V.',
  'city': 'Frankfurt am Main',
  'region': 'Bockenheim',
  'laender': ['HE'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung',
            'arbeitsausbeutung',
            'zwangsverheiratung',
            'fgm',
            'honour-violence',
            'prostitution'],
  'target_groups': ['women', 'men', 'trans-non-binary'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Name in the research table: FIM – Frauenrecht ist Menschenrecht e.V. (incl. '
            'Opferschutz bei Menschenhandel; coordinates THB work in Hessen since 1999)\n'
            'Research table row 24 (Conf. B). Sources: '
            'https://fim-frauenrecht.de/unsere-angebote/opferschutz-bei-menschenhandel ; '
            'https://menschen-wie-wir.ekhn.de/startseite/einzelansicht/news/frauenrecht-ist-menschenrecht-der-name-ist-programm.html '
            '; '
            'https://unsere.ekhn.de/gemeinde-dekanat/kollektenplan/detail-alle-kollekten/news/4122022-b-fuer-die-fim-frauenrecht-ist-menschenrecht.html '
            '; http://www.fim-frauenrecht.de/de/ueber-uns/unsere-geschichte.html\n'
            'Languages (table): "mehr als 15" / ">20" languages; flyers am, ar, bg, de, en, '
            'fa/dari, fr, ro, es, so, th, ti\n'
            'Kind (table): Migrantinnenprojekt + spez. FBS\n'
            'Target groups (table): women (THB for sexual exploitation; mainly BG, RO, NG); people '
            'of all genders in labour exploitation (fewer)\n'
            'Forms (table): sex., lab., FM, FGM, "honour" violence, prostitution\n'
            'Träger (table): FIM e.V.'},
 {'row': 25,
  'organisation': 'AWO Soziale Dienste gGmbH Westmecklenburg / AWO KV Schwerin-Parchim',
  'name': 'ZORA – Fachberatungsstelle für Betroffene von Menschenhandel und Zwangsverheiratung',
  'city': 'Schwerin',
  'region': '',
  'laender': ['MV'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung'],
  'target_groups': ['women', 'men'],
  'languages': [],
  'interpreters': False,
  'contacts': [('phone', '0385 521 32 20', ''),
               ('messenger', '0174 920 75 61', ''),
               ('email', 'ZORA@awo-schwerin.de', '')],
  'walk_in_address': '',
  'source': 'Name in the research table: ZORA – Fachberatungsstelle für Betroffene von '
            'Menschenhandel und Zwangsverheiratung (probably renamed **KOBI**)\n'
            'Research table row 25 (Conf. A). Sources: '
            'https://www.fachberatungsstelle-zora.de/seite/535468/wir.html ; '
            'http://familienratgeber-mv.de/index.php?id=262 ; '
            'https://kleineanfragen.de/mecklenburg-vorpommern/7/333-neu-zora-fachberatungsstelle-fuer-betroffene-von-menschenhandel-und-zwangsverheiratung.txt '
            '; KOBI page with identical text (→ rename **inferred**): '
            'https://fachberatung-kobi.de/seite/568335/the-counselling-center.html\n'
            'Phone (table): 0385 521 32 20; 0174 920 75 61 (third-party, undated)\n'
            'E-mail (table): ZORA@awo-schwerin.de (third-party, undated)\n'
            'Address (table): P.O. box only: Postfach 110134, 19001 Schwerin (third-party, '
            'undated)\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): women (and some men: 2 in 2012, 1 in 2016)\n'
            'Forms (table): sex., FM\n'
            'Träger (table): AWO Soziale Dienste gGmbH Westmecklenburg / AWO KV Schwerin-Parchim'},
 {'row': 26,
  'organisation': 'Phoenix e.V.',
  'name': 'KOBRA – Zentrale Koordinierungs- und Beratungsstelle für Opfer von Menschenhandel',
  'city': 'Hannover',
  'region': '',
  'laender': ['NI'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 26 (Conf. B). Sources: '
            'https://www.kobra-beratungsstelle.de/news/zwangsheirat/?tx_news_pi1%5Bcontroller%5D=News&tx_news_pi1%5Baction%5D=detail&cHash=04951cde1ec08d75d7bc29ff6dd5c390 '
            '(since 01.09.1997; >1,120 women by ~2019)\n'
            'E-mail (table): (contact form)\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): **only women** (and girls)\n'
            'Forms (table): **only** sex. (explicitly not labour); FM topic\n'
            'Träger (table): Phoenix e.V.'},
 {'row': 27,
  'organisation': 'Phoenix e.V.',
  'name': 'Phoenix e.V. – Beratungsstelle für Prostituierte',
  'city': 'Hannover',
  'region': '',
  'laender': ['NI'],
  'mobile': False,
  'shelter': False,
  'forms': ['prostitution'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Name in the research table: Phoenix e.V. – Beratungsstelle für Prostituierte (+ La '
            'Strada, Café Nachtschicht)\n'
            'Research table row 27 (Conf. B). Sources: '
            'https://www.kobra-beratungsstelle.de/ueber-kobra/der-verein-phoenix/\n'
            'Kind (table): Prostitutionsberatung (since 1989; Osteuropa focus since 1994; La '
            'Strada for drug-using girls/women)\n'
            'Target groups (table): sex workers, drug-using girls and women\n'
            'Forms (table): prostitution, exit, HIV/STI\n'
            'Träger (table): Phoenix e.V.'},
 {'row': 28,
  'organisation': 'Dortmunder Mitternachtsmission e.V.',
  'name': 'Dortmunder Mitternachtsmission e.V.',
  'city': 'Dortmund',
  'region': '',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors', 'men'],
  'languages': [],
  'interpreters': True,
  'contacts': [('phone', '0231 144491', ''), ('email', 'mitternachtsmission@gmx.de', '')],
  'walk_in_address': '',
  'source': 'Research table row 28 (Conf. B). Sources: '
            'https://mitternachtsmission.de/arbeitsbereiche/ ; '
            'https://de.m.wikipedia.org./wiki/Dortmunder_Mitternachtsmission ; '
            'https://spendobel.de/?p=2906 (2023: 420 victims + 355 children); '
            'https://www.mengede-intakt.de/2018/04/14/100-jahre-dortmunder-mitternachtsmission/ ; '
            'online counselling: '
            'https://radio912.de/artikel/prostitution-in-dortmund-mitternachtsmission-bietet-online-beratung-an-813032.html\n'
            'Phone (table): 0231 144491 (third-party, 2018)\n'
            'E-mail (table): mitternachtsmission@gmx.de (third-party, 2018)\n'
            'Languages (table): multilingual, with interpreters; Ukrainian info\n'
            'Kind (table): spez. FBS (THB sex.) + Prostituiertenberatung + Kinder & Jugendliche in '
            'der Prostitution (since 2001)\n'
            'Target groups (table): women, girls, increasingly boys/young men; minors; children of '
            'clients\n'
            'Forms (table): sex. / forced prostitution\n'
            'Träger (table): Dortmunder Mitternachtsmission e.V. (Diakonie)'},
 {'row': 29,
  'organisation': 'Caritas-SkF-Essen gGmbH (cse)',
  'name': 'Nachtfalter – Fach- und Beratungsstelle',
  'city': 'Essen',
  'region': '',
  'laender': ['NW'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': True,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 29 (Conf. A). Sources: '
            'https://caritas-e.de/aktuelles/992-35-jahre-nachtfalter ; '
            'https://essen.de/meldungen/pressemeldung_1545175.de.html\n'
            'Languages (table): with Kulturmittlerinnen (e.g. Bulgarian)\n'
            'Kind (table): spez. FBS (NRW-funded since 1997) + streetwork\n'
            'Target groups (table): girls and women\n'
            'Forms (table): sex. / forced prostitution\n'
            'Träger (table): Caritas-SkF-Essen gGmbH (cse)'},
 {'row': 30,
  'organisation': 'agisra e.V.',
  'name': 'agisra e.V. – Informations- und Beratungsstelle für Migrantinnen und geflüchtete Frauen',
  'city': 'Köln',
  'region': '',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung', 'fgm', 'domestic-violence'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 30 (Conf. C). Sources: '
            'https://www.dw.com/de/von-migrantinnen-f%C3%BCr-migrantinnen-beratungsstelle-agisra-wird-25/a-45300142 '
            '; '
            'https://www.ksta.de/koeln/demo-am-dienstag-koelner-frauenberatungsstelle-verliert-raeumlichkeiten-am-heumarkt-32565466 '
            '; '
            'https://www.ksta.de/koeln/koelner-innenstadt/koeln-frauenberatung-agisra-wird-30-579516 '
            '; NRW network: '
            'https://www.derwesten.de/region/nrw-menschenhandel-prostitution-beratungsstellen-a-id300604479.html\n'
            'Address (table): (Venloer Str. 415, Köln-Ehrenfeld since 07/2023 — press only)\n'
            'Languages (table): 19–24 languages spoken by staff (2018–2019); flyers in 22 '
            'languages\n'
            'Kind (table): Migrantinnenprojekt + NRW-funded spez. FBS\n'
            'Target groups (table): migrant and refugee women*\n'
            'Forms (table): Frauen*handel, forced prostitution, FM, FGM, sexualised and domestic '
            'violence, residence law\n'
            'Träger (table): agisra e.V. (autonomous, feminist, antiracist)'},
 {'row': 31,
  'organisation': 'Evangelische Frauenhilfe in Westfalen e.V.',
  'name': 'NADESCHDA – Frauenberatungsstelle für Opfer von Menschenhandel',
  'city': 'Herford',
  'region': 'Ostwestfalen-Lippe',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': True,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 31 (Conf. B). Sources: '
            'https://www.frauenhilfe-westfalen.de/doku_15_jahre_nadeschda/entstehungsgeschichte.html '
            '; '
            'https://kirchenkreis-herford.de/b/herford-nadeschda-betreut-81-betroffene-von-menschenhandel-in-owl-145516 '
            '; '
            'https://frauenhilfe-westfalen.de/news_2022/schutz-vor-menschenhandel-auf-der-flucht-1070.html '
            '; https://www.frauenhilfe-westfalen.de/news_2006/aktuell_113.html\n'
            'Address (table): (Bielefelder Straße 25, Herford — Träger news of 2006, may be '
            'outdated)\n'
            'Languages (table): interpreters; Ukrainian flyer (2022)\n'
            'Kind (table): spez. FBS (+ weekly consultation in the Bielefeld reception centre)\n'
            'Target groups (table): women (and their children)\n'
            'Forms (table): sex.\n'
            'Träger (table): Evangelische Frauenhilfe in Westfalen e.V.'},
 {'row': 32,
  'organisation': 'Evangelische Frauenhilfe in Westfalen e.V.',
  'name': 'THEODORA – Prostituierten- und Ausstiegsberatung für Mädchen und junge Frauen',
  'city': 'Herford',
  'region': 'Ostwestfalen-Lippe',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['prostitution'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 32 (Conf. B). Sources: '
            'https://www.frauenhilfe-westfalen.de/theodora_eroeffnung_2011/index.html ; '
            'https://www.kerstin-vieregge.de/artikel/4egge-vor-ort-im-gespraech-mit-den-beratungsstellen-nadeschda-und-theodora\n'
            'Languages (table): multilingual staff\n'
            'Kind (table): Prostitutions-/Ausstiegsberatung (since 03/2011)\n'
            'Target groups (table): girls and young women in prostitution\n'
            'Forms (table): prostitution, exit\n'
            'Träger (table): Evangelische Frauenhilfe in Westfalen e.V.'},
 {'row': 33,
  'organisation': 'Frauenberatungsstelle Düsseldorf e.V.',
  'name': 'Frauenberatungsstelle Düsseldorf – Fachstelle für Opfer von Frauenhandel',
  'city': 'Düsseldorf',
  'region': '',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 33 (Conf. C). Sources: '
            'https://www.wz.de/nrw/duesseldorf/mehr-frauen-in-duesseldorf-werden-opfer-von-menschenhandel_aid-34610339 '
            '; '
            'https://www.derwesten.de/region/nrw-menschenhandel-prostitution-beratungsstellen-a-id300604479.html\n'
            'Kind (table): NRW-funded spez. FBS\n'
            'Target groups (table): women (18–35 typical)\n'
            'Forms (table): sex.\n'
            'Träger (table): Frauenberatungsstelle Düsseldorf e.V.'},
 {'row': 34,
  'organisation': 'Eine Welt Zentrum Herne',
  'name': 'Eine Welt Zentrum Herne – FBS',
  'city': 'Herne',
  'region': '',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 34 (Conf. C). Sources: '
            'https://www.derwesten.de/region/nrw-menschenhandel-prostitution-beratungsstellen-a-id300604479.html\n'
            'Kind (table): NRW-funded spez. FBS (refugee work)\n'
            'Target groups (table): women, girls\n'
            'Forms (table): sex.\n'
            'Träger (table): Eine Welt Zentrum Herne'},
 {'row': 35,
  'organisation': 'Diakonie Mark-Ruhr',
  'name': 'Diakonie Mark-Ruhr – FBS gegen Menschenhandel',
  'city': '',
  'region': '',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 35 (Conf. C). Sources: '
            'https://www.derwesten.de/region/nrw-menschenhandel-prostitution-beratungsstellen-a-id300604479.html\n'
            'Kind (table): NRW-funded spez. FBS\n'
            'Target groups (table): women, girls\n'
            'Forms (table): sex.\n'
            'Träger (table): Diakonie Mark-Ruhr'},
 {'row': 36,
  'organisation': 'SOLWODI NRW',
  'name': 'SOLWODI Duisburg',
  'city': 'Duisburg',
  'region': '',
  'laender': ['NW'],
  'mobile': False,
  'shelter': False,
  'forms': ['zwangsverheiratung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 36 (Conf. C). Sources: '
            'https://www.derwesten.de/region/nrw-menschenhandel-prostitution-beratungsstellen-a-id300604479.html\n'
            'Kind (table): NRW-funded spez. FBS\n'
            'Target groups (table): migrant women\n'
            'Forms (table): THB, FM, violence\n'
            'Träger (table): SOLWODI NRW'},
 {'row': 37,
  'organisation': 'SOLWODI',
  'name': 'SOLWODI Bonn',
  'city': 'Bonn',
  'region': '',
  'laender': ['NW'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 37 (Conf. C). Sources: '
            'https://weltkirche.katholisch.de/Aktuelles/20141127_Neue-Solwodi-Gesch%C3%A4ftsstelle-in-Bonn\n'
            'Kind (table): spez. FBS (opened 2014) + streetwork\n'
            'Target groups (table): women in poverty prostitution\n'
            'Forms (table): THB, sex.\n'
            'Träger (table): SOLWODI'},
 {'row': 38,
  'organisation': 'SOLWODI Deutschland e.V.',
  'name': 'SOLWODI Deutschland e.V. – Geschäftsstelle und Fachberatungsstelle Koblenz',
  'city': 'Koblenz',
  'region': '',
  'laender': ['RP'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung', 'domestic-violence'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Name in the research table: SOLWODI Deutschland e.V. – Geschäftsstelle (from 03/2022 '
            'Koblenz, before Boppard-Hirzenach) + FBS/Schutzeinrichtung Koblenz\n'
            'Research table row 38 (Conf. B). Sources: '
            'https://www.solwodi.de/news/1/748686/nachrichten/pressemitteilung-er%EF%BF%BD%EF%BF%BDffnung-der-neuen-b%EF%BF%BD%EF%BF%BDror%EF%BF%BD%EF%BF%BDume-von-solwodi-deutschland.html '
            '; https://www.psd-koblenz.de/news/archivseiten/2024/2024_02_16_SOLWODI_2500Euro.html '
            '. Note: KOK and "Solwodi e.V." are listed separately in the Bund-Länder-AG (seed '
            '004)\n'
            'Kind (table): national umbrella of SOLWODI (19–21 FBS, ~14 shelters) + FBS + shelter '
            '+ youth residential\n'
            'Target groups (table): migrant/refugee women and girls, female adolescents\n'
            'Forms (table): THB, sex., FM, domestic violence; return counselling\n'
            'Träger (table): SOLWODI Deutschland e.V.'},
 {'row': 39,
  'organisation': 'SOLWODI Rheinland-Pfalz',
  'name': 'SOLWODI Boppard',
  'city': 'Boppard',
  'region': '',
  'laender': ['RP'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung', 'domestic-violence'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 39 (Conf. C). Sources: '
            'https://www.blick-aktuell.de/Berichte/Ueber-1000-Euro-kamenfuer-den-guten-Zweck-zusammen-390858.html '
            '(4 RLP FBS: Koblenz, Boppard, Mainz, Ludwigshafen)\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): as #38\n'
            'Forms (table): as #38\n'
            'Träger (table): SOLWODI Rheinland-Pfalz'},
 {'row': 40,
  'organisation': 'SOLWODI Rheinland-Pfalz',
  'name': 'SOLWODI Mainz',
  'city': 'Mainz',
  'region': '',
  'laender': ['RP'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung', 'domestic-violence'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 40 (Conf. C). Sources: as #39\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): as #38\n'
            'Forms (table): as #38\n'
            'Träger (table): SOLWODI Rheinland-Pfalz'},
 {'row': 41,
  'organisation': 'SOLWODI Rheinland-Pfalz',
  'name': 'SOLWODI Ludwigshafen',
  'city': 'Ludwigshafen',
  'region': '',
  'laender': ['RP'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung', 'domestic-violence'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 41 (Conf. C). Sources: as #39\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): as #38\n'
            'Forms (table): as #38\n'
            'Träger (table): SOLWODI Rheinland-Pfalz'},
 {'row': 42,
  'organisation': 'ALDONA e.V.',
  'name': 'ALDONA e.V. – Beratungsstelle für Prostituierte',
  'city': 'Saarbrücken',
  'region': '',
  'laender': ['SL'],
  'mobile': False,
  'shelter': False,
  'forms': ['prostitution'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 42 (Conf. B). Sources: https://aldona-ev.de/author/kornelia/ '
            '(shows KOK exhibition 10/2025); '
            'https://www.igb.info/nachrichten/spd-arbeitsgemeinschaft-sozialdemokratischer-frauen-zu-besuch-bei-aldona-e-v-1128821\n'
            'Kind (table): Prostitutionsberatung (+ exit project with Diakonie Saar)\n'
            'Target groups (table): sex workers, women wanting to exit\n'
            'Forms (table): prostitution\n'
            'Träger (table): ALDONA e.V. (founded 1990 as Hurenselbsthilfe)'},
 {'row': 43,
  'organisation': 'ALDONA e.V.',
  'name': 'ALDONA e.V. – Beratungsstelle für gewaltbetroffene Migrantinnen und Krisentelefon '
          'Zwangsverheiratung',
  'city': 'Saarbrücken',
  'region': '',
  'laender': ['SL'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'zwangsverheiratung', 'honour-violence', 'domestic-violence'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Name in the research table: ALDONA e.V. – Beratungsstelle für gewaltbetroffene '
            'Migrantinnen (since 1997) + Krisentelefon Zwangsverheiratung (since 2010)\n'
            'Research table row 43 (Conf. C). Sources: '
            'https://wom87.de/deutschland/spenden-fuer-frauenhilfe-2-800-euro-beim-saarbruecker-frauenlauf-gesammelt '
            '; '
            'https://www.saarbruecker-zeitung.de/saarland/saarlouis/dillingen/aldona-ist-hilfe-von-frauen-fuer-frauen_aid-644212\n'
            'Kind (table): Migrantinnenprojekt / spez. FBS\n'
            'Target groups (table): migrant women\n'
            'Forms (table): THB, forced prostitution, domestic violence, FM, "honour" violence\n'
            'Träger (table): ALDONA e.V.'},
 {'row': 44,
  'organisation': 'Multikulturelles Zentrum Zittau e.V.',
  'name': 'KOBRAnet – Fachberatungsstelle für Opfer von Menschenhandel (Dresden)',
  'city': 'Dresden',
  'region': '',
  'laender': ['SN'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'honour-violence'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 44 (Conf. A). Sources: http://kobranet.eu/kooperationspartner ; '
            'http://gleichstellung.sachsen.de/28101.html ; '
            'https://lifepr.de/pressemitteilung/saechsisches-staatsministerium-des-innern/saechsische-polizei-hat-verbuendete-im-kampf-gegen-organisierten-menschenhandel/boxid/9721\n'
            'Kind (table): spez. FBS (+ outreach in Saxon prostitution scene)\n'
            'Target groups (table): women\n'
            'Forms (table): sex., marriage trafficking; "honour" violence\n'
            'Träger (table): Multikulturelles Zentrum Zittau e.V. (2007; current Träger not '
            're-verified)'},
 {'row': 45,
  'organisation': 'Multikulturelles Zentrum Zittau e.V.',
  'name': 'KOBRAnet – Büro Leipzig',
  'city': 'Leipzig',
  'region': '',
  'laender': ['SN'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung', 'honour-violence'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 45 (Conf. A/C). Sources: office in Leipzig: '
            'https://praeventionstag.de/nano.cms/dpt-23-kongressprogramm?id=28&xa=details ; '
            'earlier second seat Zittau: http://gleichstellung.sachsen.de/28101.html\n'
            'Kind (table): spez. FBS (branch)\n'
            'Target groups (table): women\n'
            'Forms (table): as #44\n'
            'Träger (table): as #44'},
 {'row': 46,
  'organisation': 'KARO e.V.',
  'name': 'KARO e.V. – grenzüberschreitende Sozialarbeit (Plauen und Cheb)',
  'city': 'Plauen',
  'region': '',
  'laender': ['SN'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women', 'minors', 'men'],
  'languages': [],
  'interpreters': False,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Name in the research table: KARO e.V. – grenzüberschreitende Sozialarbeit (Plauen + '
            'Cheb/CZ)\n'
            'Research table row 46 (Conf. C). Sources: '
            'https://www.mdr.de/sachsen/chemnitz/jubilaeum-verein-karo-plauen-kampf-gegen-prostitution100.html '
            '; https://www.fernsehlotterie.de/streetworker-im-einsatz/ (streetwork Plauen, '
            'Zwickau, Chemnitz, Hof); https://de-academic.com/dic.nsf/dewiki/2440634 — KOK '
            'membership doubtful\n'
            'Kind (table): FBS/streetwork + Frauen- und Kinderschutzhaus + Babyklappe\n'
            'Target groups (table): women, children/minors, also men; sex workers in the DE–CZ '
            'border region\n'
            'Forms (table): sex., child sexual exploitation, forced prostitution\n'
            'Träger (table): KARO e.V.'},
 {'row': 47,
  'organisation': 'AWO Landesverband Sachsen-Anhalt e.V.',
  'name': 'Vera – Fachstelle gegen Frauenhandel und Zwangsverheiratung in Sachsen-Anhalt',
  'city': 'Magdeburg',
  'region': '',
  'laender': ['ST'],
  'mobile': True,
  'shelter': False,
  'forms': ['zwangsverheiratung', 'honour-violence'],
  'target_groups': ['women', 'minors'],
  'languages': [],
  'interpreters': True,
  'contacts': [('phone', '0391 99 97 78 50', ''), ('email', 'vera@awo-sachsenanhalt.de', '')],
  'walk_in_address': '',
  'source': 'Research table row 47 (Conf. C). Sources: '
            'https://gewaltfreies-sachsen-anhalt.de/fachstelle-vera (Leichte Sprache, state '
            'portal); '
            'https://leitstelle-frauen-geschlechtergleichstellung.sachsen-anhalt.de/frauen-und-gleichstellung/bekaempfung-von-gewalt-gegen-frauen/menschenhandel-zwangsprostitution-und-zwangsheirat/ '
            '; '
            'https://magdeburg-klickt.de/anonyme-schutzwohnungen-fuer-betroffene-von-zwangsverheiratung-und-ehrbezogener-gewalt-awo-fachstelle-vera-erweitert-angebot '
            '; '
            'https://fluechtlingsrat-lsa.de/2022/03/flyer-schutz-vor-menschenhandel-auf-der-flucht\n'
            'Phone (table): 0391 99 97 78 50\n'
            'E-mail (table): vera@awo-sachsenanhalt.de\n'
            'Address (table): Postanschrift (state portal): AWO LV Sachsen-Anhalt e.V., Seepark 7, '
            "39116 Magdeburg — this is the Träger's postal address\n"
            'Languages (table): multilingual; interpreters for any language; handouts de/uk/ru/en '
            '(2022)\n'
            'Kind (table): spez. FBS + 2 anonymous Schutzwohnungen\n'
            'Target groups (table): girls and women\n'
            'Forms (table): THB, FM, "honour" violence (≈70 % of cases)\n'
            'Träger (table): AWO Landesverband Sachsen-Anhalt e.V.'},
 {'row': 48,
  'organisation': 'Frauenwerk der Nordkirche',
  'name': 'contra – Fachstelle gegen Frauenhandel in Schleswig-Holstein',
  'city': 'Kiel',
  'region': '',
  'laender': ['SH'],
  'mobile': True,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung'],
  'target_groups': ['women'],
  'languages': [],
  'interpreters': True,
  'contacts': [('phone', '+49 431 55 77 91 91', ''),
               ('email', 'contra@frauenwerk.nordkirche.de', '')],
  'walk_in_address': '',
  'source': 'Name in the research table: contra – Fachstelle gegen Frauenhandel in '
            'Schleswig-Holstein (+ contra-Mobil)\n'
            'Research table row 48 (Conf. B). Sources: '
            'https://contra-sh.de/cs/ueber-contra/geschichte ; contact on state page: '
            'https://gdi-sh.de/DE/landesregierung/themen/inneres-sicherheit-verwaltung/ukraine/_documents/beratungsangebot_gefluechtete_frauen '
            '; https://catharina-nies.de/news/tag-gegen-menschenhandel\n'
            'Phone (table): +49 431 55 77 91 91\n'
            'E-mail (table): contra@frauenwerk.nordkirche.de\n'
            'Languages (table): website in 18 languages (2022); network of trained interpreters\n'
            'Kind (table): spez. FBS\n'
            'Target groups (table): women\n'
            'Forms (table): THB, exploitation, forced prostitution; marriage trafficking\n'
            'Träger (table): Frauenwerk der Nordkirche'},
 {'row': 49,
  'organisation': 'refugio thüringen e.V.',
  'name': 'bekom thüringen – Fachberatungsstelle für Betroffene von Menschenhandel in Thüringen',
  'city': '',
  'region': '',
  'laender': ['TH'],
  'mobile': False,
  'shelter': False,
  'forms': ['sexuelle-ausbeutung',
            'arbeitsausbeutung',
            'erzwungene-betteltaetigkeit',
            'ausnutzung-strafbarer-handlungen',
            'organentnahme'],
  'target_groups': ['all'],
  'languages': [],
  'interpreters': True,
  'contacts': [],
  'walk_in_address': '',
  'source': 'Research table row 49 (Conf. B). Sources: '
            'https://www.bekom-thueringen.de/f%C3%BCr-wen ; '
            'https://refugio-thueringen.de/neu/internationaler-tag-gegen-menschenhandel-30-juli/ ; '
            'https://betterplace.org/en/projects/96071-aufbau-einer-fachberatungsstelle-gegen-menschenhandel-in-thueringen\n'
            'Languages (table): Sprach- und Kulturmittlung\n'
            'Kind (table): spez. FBS (set up from 04/2021; Thüringen had none before)\n'
            'Target groups (table): **all** affected persons regardless of gender, age, status\n'
            'Forms (table): all forms (sexual, labour, begging, criminal activities, organ '
            'removal)\n'
            'Träger (table): refugio thüringen e.V.'}]
# fmt: on
