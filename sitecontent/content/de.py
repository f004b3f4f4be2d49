"""German (source language) content of the KOK website.

Pure data, read by the management command that builds the page tree. Facts come from KOK's own
public texts (mission statement of 18 July 2025, flyer of July 2022, the pages on networking);
the wording is written for this site. Staff are named by role only.

Blocks are (block_type, value) tuples; rich text allows p, h3, h4, b, i, ul, ol, li and
links to https addresses only.
"""

# Language-neutral contact data (ContactSettings).
CONTACT = {
    "organisation": "KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.",
    "street": "Lützowstr. 102–104",
    "address_extra": "Hof 1, Aufgang A",
    "postcode": "10785",
    "city": "Berlin",
    "phone": "030 / 26 39 11 76",
    "fax": "030 / 26 39 11 86",
    "email": "info@kok-buero.de",
    "emergency_police": "110",
    "emergency_ambulance": "112",
    "womens_helpline": "116 016",
}

# Settings → Special pages: role -> slug of the German page below the home page.
SPECIAL_PAGES = {
    "browse_safely": "sicher-surfen",
    "easy_language": "leichte-sprache",
    "sign_language": "gebaerdensprache",
    "contact": "kontakt",
    "finder": "beratungsstelle-finden",
    "legal_notice": "impressum",
    "accessibility": "barrierefreiheit",
    "data_protection": "datenschutz",
}

# Search promotions (query, language): the contact page in that language, where translated.
CONTACT_PROMOTIONS = [("hilfe", "de"), ("beratung", "de"), ("help", "en")]

# The “get help now” box (HelpBox snippet).
HELP_BOX = {
    "heading": "Sofort Hilfe bekommen",
    "text": (
        "<p>Die Beratung in einer Fachberatungsstelle ist kostenlos und vertraulich. Sie ist in "
        "vielen Sprachen möglich – und Sie brauchen dafür keine Papiere.</p>"
    ),
    "emergency_label": "Notruf Polizei / Rettungsdienst",
    "helpline_label": (
        "Hilfetelefon Gewalt gegen Frauen (kostenlos, rund um die Uhr, in 18 Sprachen)"
    ),
    "counselling_label": "Fachberatungsstelle finden über den KOK",
}

# Footer text (FooterText snippet).
FOOTER = {
    "about": (
        "Der KOK ist der bundesweite Zusammenschluss von Fachberatungsstellen für Betroffene von "
        "Menschenhandel und weiteren Organisationen. Gemeinsam setzen wir uns gegen Ausbeutung und "
        "für die Rechte der Betroffenen ein."
    ),
    "donation_text": (
        "Mit Ihrer Spende stärken Sie die Rechte von Betroffenen und die Arbeit der "
        "Fachberatungsstellen."
    ),
    "funding_notice": "Gefördert vom Bundesministerium für Familie, Senioren, Frauen und Jugend",
    "support_text": "Der KOK unterstützt das bundesweite Hilfetelefon Gewalt gegen Frauen",
    "support_url": "https://www.hilfetelefon.de/",
}

# The staff of the Berlin office (seed 000), in the order the seed names them. The board's
# members are cut off in the seed: editors enter them under Snippets → People.
PEOPLE = [
    {"name": "Sophia Wirsching", "group": "team", "role": "Geschäftsführerin"},
    {"name": "Sarah Schwarze", "group": "team", "role": "Referentin"},
    {"name": "Eva Küblbeck", "group": "team", "role": "Referentin"},
    {"name": "Severine Klie", "group": "team", "role": "Assistentin der Geschäftsführung"},
    {"name": "Pia Ritzel", "group": "team", "role": "Projektreferentin Flucht & Menschenhandel"},
    {"name": "Saraniya Nageswaran", "group": "team", "role": "Referentin Öffentlichkeitsarbeit"},
    {"name": "Genia Ritzel", "group": "team", "role": "Verwaltungsfachkraft"},
]

# Settings → Legal notice: only what the seeds say. The register court and number and the
# board's names are not in them; ``check --deploy`` names each until the office enters it.
LEGAL_NOTICE = {"content_responsible": "Sophia Wirsching"}

# The home page.
HOME = {
    "title": "Start",
    "introduction": (
        "Der KOK setzt sich bundesweit gegen Menschenhandel und Ausbeutung ein – und für die "
        "Rechte der Menschen, die davon betroffen sind."
    ),
    "search_description": (
        "Der KOK e.V. ist das bundesweite Netzwerk der Fachberatungsstellen für Betroffene von "
        "Menschenhandel: Informationen, Hilfe und Kontakt."
    ),
    "body": [
        (
            "paragraph",
            (
                "<p>Im KOK haben sich Fachberatungsstellen für Betroffene von Menschenhandel und "
                "weitere Organisationen aus ganz Deutschland zusammengeschlossen. Der Verein wurde "
                "1999 gegründet und hat seinen Sitz in Berlin. Wir tragen die Erfahrungen aus der "
                "Beratung in Politik und Öffentlichkeit und setzen uns dafür ein, dass Betroffene "
                "zu ihrem Recht kommen.</p>"
            ),
        ),
        (
            "callout",
            {
                "title": "Was ist Menschenhandel?",
                "text": (
                    "<p>Bei Menschenhandel bringen Täter*innen andere Menschen mit Gewalt, "
                    "Drohungen, Lügen oder durch das Ausnutzen einer Notlage in eine Lage, in der "
                    "sie ausgebeutet werden – zum Beispiel in der Prostitution, auf dem Bau, in "
                    "der Pflege oder im Haushalt. Das kann Erwachsene und Kinder treffen, Menschen "
                    "mit und ohne deutschen Pass. Niemand muss dafür über eine Grenze gebracht "
                    "worden sein.</p>"
                ),
                "style": "info",
            },
        ),
        (
            "paragraph",
            (
                "<p>Einfache Texte in Leichter Sprache und Videos in Deutscher Gebärdensprache "
                "(DGS) bauen wir gerade auf. Die ersten Angebote finden Sie unter „Leichte "
                "Sprache“ und „Gebärdensprache“.</p>"
            ),
        ),
    ],
}

# Children of the home page, in menu order.
PAGES = [
    # Leitbild
    {
        "type": "information.MissionStatementPage",
        "slug": "leitbild",
        "title": "Leitbild",
        "introduction": (
            "Unser Leitbild beschreibt, wofür der KOK steht, wie wir arbeiten und was wir "
            "erreichen wollen. Es wurde am 18. Juli 2025 in Berlin verabschiedet."
        ),
        "search_description": (
            "Das Leitbild des KOK: Zweck und Ziele, Grundlagen, Arbeitsweise und Aufgaben des "
            "Vereins."
        ),
        "show_in_menus": True,
        "fields": {
            "adopted_on": "2025-07-18",
            "preamble": (
                "<p>Der KOK ist ein eingetragener Verein und als gemeinnützig anerkannt. In ihm "
                "haben sich Organisationen zusammengeschlossen, die sich gegen jede Form von "
                "Menschenhandel und Ausbeutung und gegen Gewalt im Migrationsprozess engagieren. "
                "Unser Ansatz gründet auf den Menschenrechten.</p>"
                "<p>Im Mittelpunkt unserer Arbeit steht, die Interessen der Menschen zu vertreten, "
                "die von Menschenhandel betroffen sind.</p>"
            ),
            "purpose_and_goals": (
                "<p>Der Verein hat einen klaren Zweck: Die Rechte von Betroffenen von "
                "Menschenhandel sollen geschaffen, gesichert und durchgesetzt werden.</p>"
                "<p>Von Menschenhandel sprechen wir, wenn Menschen angeworben und dazu gebracht "
                "oder gezwungen werden, ausbeuterische oder sklavereiähnliche Tätigkeiten und "
                "Dienste aufzunehmen oder weiterzuführen. Die Mittel dafür sind zum Beispiel "
                "Täuschung, Drohungen, Gewalt, der Missbrauch von Macht oder das Ausnutzen einer "
                "besonderen Schutzbedürftigkeit. Prostitution und Menschenhandel sind nicht "
                "dasselbe – uns ist ein genauer, differenzierter Blick wichtig.</p>"
                "<p>Menschenhandel ist eine schwere Verletzung der Menschenrechte. Er trifft "
                "Erwachsene ebenso wie Minderjährige, ganz gleich, welche Nationalität oder "
                "Herkunft sie haben. Menschenhandel hat viele Formen:</p>"
                "<ul>"
                "<li>Sexuelle Ausbeutung</li>"
                "<li>Arbeitsausbeutung</li>"
                "<li>Erzwungene Betteltätigkeiten</li>"
                "<li>Ausnutzung strafbarer Handlungen</li>"
                "<li>Organentnahme</li>"
                "<li>Leihmutterschaft</li>"
                "<li>Zwangsverheiratung</li>"
                "<li>Illegale Adoption</li>"
                "</ul>"
                "<p>Daraus ergeben sich unsere Ziele:</p>"
                "<ul>"
                "<li>Nationale und internationale Standards und menschenrechtliche Verpflichtungen "
                "im Umgang mit Betroffenen sollen umgesetzt, eingehalten und weiterentwickelt "
                "werden.</li>"
                "<li>Wir stellen uns gegen jede Form von Diskriminierung und benennen "
                "Verletzlichkeit, die durch gesellschaftliche Strukturen entsteht.</li>"
                "<li>Wir lehnen es ab, Migrant*innen und Geflüchtete zu kriminalisieren, und "
                "treten für eine Migrationspolitik ein, die sich an den Menschenrechten "
                "ausrichtet.</li>"
                "<li>Wir wollen die rechtliche und soziale Stellung der Betroffenen stärken.</li>"
                "<li>Menschen sollen vor Menschenhandel geschützt werden. Die Öffentlichkeit soll "
                "wissen, dass Menschenhandel eine schwere Straftat ist und was Zwang, Ausbeutung "
                "und Gewalt im Migrationsprozess bedeuten.</li>"
                "<li>Eine Frauen- und Menschenrechtsperspektive soll in Politik und Gesellschaft "
                "fest verankert werden.</li>"
                "<li>Qualifizierte Unterstützungsangebote für erwachsene und minderjährige "
                "Betroffene müssen dauerhaft gesichert und ausgebaut werden.</li>"
                "</ul>"
            ),
            "principles": (
                "<p>Der KOK ist politisch und konfessionell unabhängig.</p>"
                "<p>Wir arbeiten mit einem intersektionalen Verständnis. Menschen werden bis heute "
                "auf vielfältige Weise benachteiligt, in Schubladen gesteckt, rassifiziert und "
                "unterdrückt – zum Beispiel wegen</p>"
                "<ul>"
                "<li>ihrer geografischen, kulturellen oder sozialen Herkunft,</li>"
                "<li>ihrer Sprache oder ihres Alters,</li>"
                "<li>ihrer geschlechtlichen Identität oder sexuellen Orientierung,</li>"
                "<li>ihrer Religion oder Weltanschauung,</li>"
                "<li>einer Behinderung oder</li>"
                "<li>ihres Aufenthaltsstatus.</li>"
                "</ul>"
                "<p>Diese Formen der Diskriminierung wirken oft zusammen und können sich "
                "gegenseitig verstärken. Das haben wir in unserer Arbeit immer im Blick.</p>"
                "<p>Unser Ansatz ist frauenspezifisch: Wir arbeiten vor allem mit und für Frauen, "
                "die Menschenhandel, Ausbeutung und Gewalt im Migrationsprozess erlebt haben, und "
                "vertreten ihre Interessen. Dafür gibt es mehrere Gründe. Der politische Einsatz "
                "gegen Menschenhandel hat seine Wurzeln in der Frauenbewegung; daraus ist auch der "
                "KOK entstanden, und seine Mitglieder prägen diesen Schwerpunkt bis heute. Vor "
                "allem aber entstehen Gewalt und Ausbeutung nach wie vor aus patriarchalen "
                "Strukturen und ungleichen Machtverhältnissen.</p>"
            ),
            "way_of_working": (
                "<p>Unser Wissen kommt vor allem aus der Praxis – aus der Erfahrung unserer "
                "Mitgliedsorganisationen. Als Fachorganisation arbeiten wir praxisnah und stützen "
                "uns auf Daten und Belege. Was wir dabei erarbeiten, geben wir an die Praxis "
                "zurück.</p>"
                "<p>Wir arbeiten gendersensibel. Dabei wissen wir: Frauen, nicht-binäre und trans* "
                "Personen sind in besonderer Weise von geschlechtsspezifischer Gewalt "
                "betroffen.</p>"
                "<p>Die Zusammenarbeit in der Geschäftsstelle, mit den Mitgliedsorganisationen und "
                "der Mitglieder untereinander ist von gegenseitiger Wertschätzung und Anerkennung "
                "getragen. Unsere Mitglieder bringen unterschiedliche Hintergründe, Arbeitsweisen "
                "und Ansätze mit. Diese Vielfalt bereichert uns und gibt wichtige Anstöße. Indem "
                "wir uns gegenseitig informieren, schaffen wir Vertrauen und Transparenz.</p>"
                "<p>Für unsere Arbeit gelten gemeinsame Qualitäts- und Arbeitsstandards. Wir "
                "achten auf digitale Sicherheit und auf das Recht jedes Menschen, selbst über die "
                "eigenen Daten zu bestimmen. Außerdem streben wir größtmögliche Barrierefreiheit "
                "an.</p>"
            ),
            "tasks": (
                "<p>Im Kern koordinieren und unterstützen wir unsere Mitgliedsorganisationen "
                "bundesweit. Dazu gehören:</p>"
                "<ul>"
                "<li>die Mitarbeit in Gremien und Netzwerken in Deutschland, in Europa und "
                "international,</li>"
                "<li>der Wissenstransfer zwischen den Mitgliedsorganisationen und Politik, "
                "Verwaltung, Gesellschaft und Wissenschaft,</li>"
                "<li>Lobbyarbeit und Politikberatung auf der Grundlage fundierter rechtlicher "
                "Expertise,</li>"
                "<li>Aufklärung und Prävention,</li>"
                "<li>Schulungen für Fachkräfte und für alle, die sich für das Thema "
                "interessieren,</li>"
                "<li>gezielte Öffentlichkeits- und Pressearbeit sowie Aktionen, die für das Thema "
                "sensibilisieren.</li>"
                "</ul>"
                "<p>Eine besondere Stärke des KOK ist die interdisziplinäre Zusammenarbeit, in die "
                "wir ganz unterschiedliche Träger und Strukturen einbinden. So erreichen wir die "
                "allgemeine Öffentlichkeit ebenso wie das Fachpublikum.</p>"
            ),
        },
        "body": [],
        "children": [],
    },
    # Formen der Ausbeutung
    {
        "type": "information.FormsOfExploitationIndexPage",
        "slug": "formen-der-ausbeutung",
        "title": "Formen der Ausbeutung",
        "introduction": (
            "Menschenhandel hat viele Gesichter. Hier erklären wir acht Formen der Ausbeutung – in "
            "einfachen Worten."
        ),
        "search_description": (
            "Was ist Menschenhandel? Acht Formen der Ausbeutung, ihre Anzeichen, die Rechte "
            "Betroffener und wo es Hilfe gibt."
        ),
        "show_in_menus": True,
        "fields": {},
        "body": [
            ("heading", {"text": "Was ist Menschenhandel?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Bei Menschenhandel bringen Täter*innen andere Menschen in eine Lage, in "
                    "der sie ausgebeutet werden. Sie benutzen dafür Gewalt, Drohungen oder Lügen. "
                    "Oft nutzen sie auch eine Notlage aus: zum Beispiel, dass jemand kaum Deutsch "
                    "spricht, Schulden hat oder keinen sicheren Aufenthaltsstatus.</p>"
                    "<p>Menschenhandel kann jede und jeden treffen: Erwachsene und Minderjährige, "
                    "Menschen mit deutscher und mit anderer Staatsangehörigkeit. Dafür muss "
                    "niemand über eine Grenze gebracht worden sein. Menschenhandel kann auch "
                    "mitten in Deutschland beginnen und enden.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Auf den folgenden Seiten stellen wir die einzelnen Formen vor: woran Sie "
                    "Ausbeutung erkennen können, welche Rechte Betroffene haben und wo es Hilfe "
                    "gibt. Jede Seite beginnt mit einer kurzen Erklärung in einfachen Worten.</p>"
                    "<p>Zwangsverheiratung, illegale Adoption und die Ausbeutung von "
                    "Leihmutterschaft zählt das EU-Recht seit 2024 ausdrücklich zu den Formen von "
                    "Menschenhandel.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Sie sind nicht schuld",
                    "text": (
                        "<p>Wer ausgebeutet wird, hat nichts falsch gemacht. Die "
                        "Fachberatungsstellen helfen Ihnen – kostenlos, vertraulich und auch ohne "
                        "Papiere.</p>"
                    ),
                    "style": "help",
                },
            ),
        ],
        "children": [
            {
                "type": "information.FormOfExploitationPage",
                "slug": "sexuelle-ausbeutung",
                "title": "Sexuelle Ausbeutung",
                "introduction": (
                    "Manche Menschen werden zu sexuellen Dienstleistungen gezwungen – und andere "
                    "verdienen daran. Hier lesen Sie, woran Sie das erkennen und wer Ihnen hilft."
                ),
                "search_description": (
                    "Zur Prostitution gezwungen, das Geld abgenommen, bedroht: Anzeichen sexueller "
                    "Ausbeutung, Ihre Rechte und Hilfe."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Jemand zwingt Sie, Sex gegen Geld anzubieten. Oder jemand nimmt Ihnen "
                        "das Geld weg, das Sie dabei verdienen. Oft beginnt es mit einem falschen "
                        "Versprechen: einer Arbeit im Restaurant oder einer großen Liebe. Das ist "
                        "eine schwere Straftat. Sie sind nicht schuld.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf sexuelle Ausbeutung hinweisen:</p>"
                        "<ul>"
                        "<li>Andere bestimmen, wann, wo und mit wem Sie arbeiten.</li>"
                        "<li>Sie müssen fast Ihr ganzes Geld abgeben.</li>"
                        "<li>Sie haben Schulden, zum Beispiel für die Reise oder das Zimmer, und "
                        "die Schulden werden nie kleiner.</li>"
                        "<li>Jemand anderes hat Ihren Pass oder Ausweis.</li>"
                        "<li>Sie dürfen nicht allein hinausgehen, oder jemand kontrolliert Ihr "
                        "Handy.</li>"
                        "<li>Sie können Freier nicht ablehnen und keine Kondome verlangen.</li>"
                        "<li>Man droht Ihnen oder Ihrer Familie mit Gewalt oder mit der "
                        "Polizei.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<p>Auch wer freiwillig in der Prostitution angefangen hat, kann in "
                        "ausbeuterische Verhältnisse geraten. Als betroffene Person haben Sie "
                        "Rechte:</p>"
                        "<ul>"
                        "<li>Sie bekommen kostenlose und vertrauliche Beratung – auf Wunsch anonym "
                        "und mit Dolmetscher*in.</li>"
                        "<li>Sie entscheiden selbst, ob Sie Anzeige erstatten. Die Beratung hängt "
                        "nicht davon ab.</li>"
                        "<li>Wenn Sie aus einem Land außerhalb der EU kommen und kein "
                        "Aufenthaltsrecht haben, können Sie eine Bedenk- und Stabilisierungsfrist "
                        "von mindestens drei Monaten bekommen (§ 59 Abs. 7 AufenthG). Unter "
                        "bestimmten Voraussetzungen ist danach eine Aufenthaltserlaubnis möglich "
                        "(§ 25 Abs. 4a AufenthG).</li>"
                        "<li>In einem Strafverfahren können Sie als Nebenklägerin oder Nebenkläger "
                        "auftreten und psychosoziale Prozessbegleitung bekommen.</li>"
                        "<li>Sie können Schmerzensgeld fordern und unter bestimmten "
                        "Voraussetzungen Leistungen der Sozialen Entschädigung nach dem SGB XIV "
                        "erhalten (früher Opferentschädigung).</li>"
                        "</ul>"
                    ),
                    "help": (
                        "<p>Die <b>Fachberatungsstellen</b> für Betroffene von Menschenhandel "
                        "hören Ihnen zu, beraten Sie, begleiten Sie zu Ämtern und helfen bei der "
                        "Suche nach einer sicheren Unterkunft. Der KOK nennt Ihnen eine Stelle in "
                        'Ihrer Nähe: Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> oder E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        "<p>Das <b>Hilfetelefon Gewalt gegen Frauen</b> erreichen Sie unter "
                        '<a linktype="contact" key="womens_helpline">116 016</a> – kostenlos, rund um die Uhr und in vielen Sprachen.</p>'
                        '<p>Wenn Sie in Gefahr sind, rufen Sie die <b>Polizei unter <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich habe in der Prostitution gearbeitet. Bekomme ich "
                                        "Ärger, wenn ich mich melde?"
                                    ),
                                    "answer": (
                                        "<p>Die Fachberatungsstellen stehen auf Ihrer Seite. Sie "
                                        "sind keine Behörde. Dort können Sie vertraulich über "
                                        "alles sprechen, auch über Ihre Ängste.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "arbeitsausbeutung",
                "title": "Arbeitsausbeutung",
                "introduction": (
                    "Manche Menschen arbeiten hart und bekommen kaum Geld dafür. Hier lesen Sie, "
                    "was Arbeitsausbeutung ist und wie Sie zu Ihrem Recht kommen."
                ),
                "search_description": (
                    "Kein Lohn, endlose Arbeitstage, Pass weg: Anzeichen von Arbeitsausbeutung, "
                    "Ihre Rechte und wo Sie Hilfe finden."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Sie arbeiten, aber Sie bekommen keinen oder viel zu wenig Lohn. Sie "
                        "arbeiten sehr lange und haben kaum Pausen. Sie können nicht einfach "
                        "kündigen oder gehen. Das gibt es zum Beispiel auf dem Bau, in der "
                        "Landwirtschaft, in der Pflege, in Restaurants oder in Privathaushalten. "
                        "Das nennt man Arbeitsausbeutung.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf Arbeitsausbeutung hinweisen:</p>"
                        "<ul>"
                        "<li>Sie bekommen viel weniger Lohn als versprochen – oder gar keinen.</li>"
                        "<li>Vom Lohn wird viel Geld abgezogen, zum Beispiel für Bett, Essen, "
                        "Fahrten oder Werkzeug.</li>"
                        "<li>Sie arbeiten viel länger als acht Stunden am Tag, oft ohne freien "
                        "Tag.</li>"
                        "<li>Sie haben keinen schriftlichen Vertrag oder einen Vertrag, den Sie "
                        "nicht verstehen.</li>"
                        "<li>Ihr Arbeitgeber hat Ihren Pass.</li>"
                        "<li>Sie wohnen in einer Unterkunft des Arbeitgebers und haben kaum "
                        "Kontakt zu anderen Menschen.</li>"
                        "<li>Man droht Ihnen mit Entlassung, mit Gewalt oder mit der "
                        "Ausländerbehörde.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<p>Für Arbeit in Deutschland gilt deutsches Arbeitsrecht. Das "
                        "bedeutet:</p>"
                        "<ul>"
                        "<li>Sie haben Anspruch auf Lohn für Ihre Arbeit, grundsätzlich mindestens "
                        "auf den gesetzlichen Mindestlohn. Das gilt auch, wenn Sie ohne Vertrag "
                        "oder ohne Arbeitserlaubnis gearbeitet haben.</li>"
                        "<li>Für Lohnforderungen gelten Fristen. Lassen Sie sich deshalb früh "
                        "beraten.</li>"
                        "<li>Wenn Sie aus einem Land außerhalb der EU kommen und kein "
                        "Aufenthaltsrecht haben, können Sie eine Bedenk- und Stabilisierungsfrist "
                        "von mindestens drei Monaten bekommen (§ 59 Abs. 7 AufenthG). Unter "
                        "bestimmten Voraussetzungen ist eine Aufenthaltserlaubnis möglich (§ 25 "
                        "Abs. 4a oder 4b AufenthG).</li>"
                        "<li>Die Beratung ist kostenlos und vertraulich. Sie entscheiden selbst, "
                        "ob Sie Anzeige erstatten.</li>"
                        "</ul>"
                    ),
                    "help": (
                        "<p>Eine <b>Fachberatungsstelle</b> für Betroffene von Menschenhandel "
                        "hilft Ihnen, Ihre Rechte durchzusetzen, und unterstützt Sie bei Fragen zu "
                        "Aufenthalt, Wohnen und Gesundheit. Der KOK nennt Ihnen eine Stelle in "
                        'Ihrer Nähe: Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> oder E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        "<p>Bei Fragen zu Lohn und Arbeitsrecht helfen auch Beratungsstellen für "
                        "Beschäftigte aus dem Ausland, zum Beispiel <a "
                        'href="https://www.faire-mobilitaet.de/">Faire Mobilität</a> des Deutschen '
                        "Gewerkschaftsbundes oder die Beratungsstellen von <b>Arbeit und "
                        "Leben</b>. Sie beraten kostenlos und oft in Ihrer Muttersprache.</p>"
                        '<p>In akuter Gefahr: <b>Polizei <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich habe ohne Arbeitserlaubnis gearbeitet. Darf ich "
                                        "trotzdem meinen Lohn verlangen?"
                                    ),
                                    "answer": (
                                        "<p>Ja, grundsätzlich schon: Geleistete Arbeit muss "
                                        "bezahlt werden. Lassen Sie sich aber vorher beraten – "
                                        "auch dazu, was das für Ihren Aufenthalt bedeutet.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "erzwungene-betteltaetigkeit",
                "title": "Erzwungene Betteltätigkeit",
                "introduction": (
                    "Manche Menschen müssen auf der Straße betteln und das Geld an andere abgeben. "
                    "Hier lesen Sie, woran Sie diese Form der Ausbeutung erkennen."
                ),
                "search_description": (
                    "Zum Betteln gezwungen und das Geld abgeben müssen: Anzeichen, Rechte und "
                    "Hilfe bei erzwungener Betteltätigkeit."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Jemand zwingt Sie, auf der Straße um Geld zu bitten. Das Geld müssen "
                        "Sie abgeben. Oft trifft das Kinder, ältere Menschen oder Menschen mit "
                        "Behinderung. Nicht das Betteln ist das Unrecht, sondern der Zwang. Diese "
                        "Ausbeutung ist eine Straftat.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf erzwungenes Betteln hinweisen:</p>"
                        "<ul>"
                        "<li>Sie werden jeden Tag an einen bestimmten Ort gebracht und abends "
                        "wieder abgeholt.</li>"
                        "<li>Sie müssen alles Geld oder eine feste Summe abgeben.</li>"
                        "<li>Wenn Sie zu wenig Geld bringen, werden Sie bestraft oder bedroht.</li>"
                        "<li>Sie haben keine eigenen Papiere und kein eigenes Geld.</li>"
                        "<li>Sie wohnen mit vielen Menschen in einer Unterkunft, die dieselben "
                        "Leute organisieren.</li>"
                        "<li>Kinder müssen betteln, statt zur Schule zu gehen.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<p>Zum Betteln gezwungen zu werden, ist eine Form von Menschenhandel. "
                        "Betroffene haben deshalb dieselben Rechte wie bei anderen Formen:</p>"
                        "<ul>"
                        "<li>kostenlose und vertrauliche Beratung, auf Wunsch anonym und mit "
                        "Dolmetscher*in,</li>"
                        "<li>für Menschen aus Ländern außerhalb der EU ohne Aufenthaltsrecht: eine "
                        "Bedenk- und Stabilisierungsfrist von mindestens drei Monaten (§ 59 Abs. 7 "
                        "AufenthG) und unter bestimmten Voraussetzungen eine Aufenthaltserlaubnis "
                        "(§ 25 Abs. 4a AufenthG),</li>"
                        "<li>in einem Strafverfahren: Nebenklage und psychosoziale "
                        "Prozessbegleitung.</li>"
                        "</ul>"
                        "<p>Kinder und Jugendliche haben ein Recht darauf, vom Jugendamt geschützt "
                        "zu werden.</p>"
                    ),
                    "help": (
                        "<p>Wenn Sie selbst betroffen sind, hilft Ihnen eine "
                        "<b>Fachberatungsstelle</b>. Der KOK nennt Ihnen eine Stelle in Ihrer "
                        'Nähe: Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> oder E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        "<p>Wenn ein Kind zum Betteln gezwungen wird, können Sie sich an das "
                        "<b>Jugendamt</b> wenden. Ist jemand in akuter Gefahr, rufen Sie die "
                        '<b>Polizei unter <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                        "<p>Das <b>Hilfetelefon Gewalt gegen Frauen</b> erreichen Sie unter "
                        '<a linktype="contact" key="womens_helpline">116 016</a> – kostenlos, rund um die Uhr und in vielen Sprachen.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich sehe jemanden, der vermutlich betteln muss. Was kann "
                                        "ich tun?"
                                    ),
                                    "answer": (
                                        "<p>Bringen Sie weder sich noch die Person in Gefahr. "
                                        "Sprechen Sie nicht vor den Menschen, die sie "
                                        "möglicherweise bewachen, über Ihren Verdacht. Fragen Sie "
                                        "bei einer Fachberatungsstelle um Rat – bei Kindern auch "
                                        "beim Jugendamt. In einer akuten Notlage rufen Sie die "
                                        '<a linktype="contact" key="emergency_police">110</a>.</p>'
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "ausnutzung-strafbarer-handlungen",
                "title": "Ausnutzung strafbarer Handlungen",
                "introduction": (
                    "Manche Menschen werden gezwungen, Straftaten zu begehen – zum Beispiel zu "
                    "stehlen oder Drogen zu verkaufen. Sie sind Opfer, auch wenn sie selbst etwas "
                    "Verbotenes tun mussten."
                ),
                "search_description": (
                    "Zu Diebstahl, Drogenhandel oder Betrug gezwungen: Anzeichen, Rechte und "
                    "Hilfe, wenn andere Ihre Straftaten ausnutzen."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Jemand zwingt Sie, Straftaten zu begehen. Zum Beispiel sollen Sie "
                        "stehlen, Drogen verkaufen oder Konten auf Ihren Namen eröffnen. Die Beute "
                        "oder das Geld bekommen andere. Auch das ist Menschenhandel. Sie sind in "
                        "erster Linie Opfer.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können darauf hinweisen, dass Sie ausgenutzt "
                        "werden:</p>"
                        "<ul>"
                        "<li>Sie müssen stehlen, Drogen verkaufen oder Pflanzen für Drogen "
                        "anbauen.</li>"
                        "<li>Jemand benutzt Ihren Namen, Ihr Bankkonto oder Ihre Papiere für "
                        "Betrug.</li>"
                        "<li>Sie müssen jeden Tag eine feste Summe oder Menge abliefern.</li>"
                        "<li>Man sagt Ihnen, die Polizei werde Sie sofort einsperren, wenn Sie "
                        "sich melden.</li>"
                        "<li>Sie werden bedroht oder geschlagen, wenn Sie nicht mitmachen.</li>"
                        "<li>Sie haben Schulden bei den Menschen, für die Sie die Taten "
                        "begehen.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<p>Wer zu Straftaten gezwungen wurde, ist selbst Opfer einer Straftat. "
                        "Das ist wichtig:</p>"
                        "<ul>"
                        "<li>Die Staatsanwaltschaft kann unter bestimmten Voraussetzungen davon "
                        "absehen, Sie für diese Taten zu verfolgen.</li>"
                        "<li>Wenn gegen Sie ermittelt wird, müssen Sie nichts zur Sache sagen. "
                        "Sprechen Sie zuerst mit einer Anwältin oder einem Anwalt.</li>"
                        "<li>Sie haben dieselben Rechte wie andere Betroffene von Menschenhandel: "
                        "kostenlose und vertrauliche Beratung, für Menschen aus Ländern außerhalb "
                        "der EU ohne Aufenthaltsrecht eine Bedenk- und Stabilisierungsfrist von "
                        "mindestens drei Monaten (§ 59 Abs. 7 AufenthG) und unter bestimmten "
                        "Voraussetzungen eine Aufenthaltserlaubnis (§ 25 Abs. 4a AufenthG).</li>"
                        "</ul>"
                    ),
                    "help": (
                        "<p>Eine <b>Fachberatungsstelle</b> berät Sie vertraulich und hilft Ihnen, "
                        "eine Anwältin oder einen Anwalt zu finden, die oder der sich mit "
                        "Menschenhandel auskennt. Der KOK nennt Ihnen eine Stelle in Ihrer Nähe: "
                        'Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> oder E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        '<p>Wenn Sie bedroht werden: <b>Polizei <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                        "<p>Das <b>Hilfetelefon Gewalt gegen Frauen</b> erreichen Sie unter "
                        '<a linktype="contact" key="womens_helpline">116 016</a> – kostenlos, rund um die Uhr und in vielen Sprachen.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich habe Angst, selbst bestraft zu werden. Kann ich "
                                        "trotzdem Hilfe holen?"
                                    ),
                                    "answer": (
                                        "<p>Ja. Die Fachberatungsstellen sind keine Behörde und "
                                        "keine Polizei. Sie hören Ihnen zu, erklären Ihnen Ihre "
                                        "Lage und überlegen mit Ihnen, welche Schritte für Sie "
                                        "sicher sind.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "organentnahme",
                "title": "Organentnahme",
                "introduction": (
                    "Manche Menschen werden gedrängt oder gezwungen, ein Organ abzugeben, zum "
                    "Beispiel eine Niere. Hier lesen Sie, woran Sie das erkennen und wo Sie Hilfe "
                    "bekommen."
                ),
                "search_description": (
                    "Unter Druck ein Organ abgeben oder verkaufen: Anzeichen, Rechte und Hilfe bei "
                    "Menschenhandel zur Organentnahme."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Jemand drängt oder zwingt Sie, ein Organ abzugeben, zum Beispiel eine "
                        "Niere. Oft wird dafür viel Geld versprochen. Später gibt es aber nur "
                        "einen Teil davon oder gar nichts. Manchmal erfahren Betroffene vorher "
                        "nicht, was bei der Operation passiert. Organhandel ist in Deutschland "
                        "verboten.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf Menschenhandel zur Organentnahme "
                        "hinweisen:</p>"
                        "<ul>"
                        "<li>Ihnen wird Geld für eine Niere oder ein anderes Organ angeboten, etwa "
                        "im Internet oder über Bekannte.</li>"
                        "<li>Sie sollen mit einem Organ Schulden bezahlen.</li>"
                        "<li>Sie sollen für eine „Untersuchung“ oder eine Operation ins Ausland "
                        "reisen, und andere organisieren alles für Sie.</li>"
                        "<li>Nach einer Operation haben Sie eine Narbe, aber keine Unterlagen "
                        "darüber, was gemacht wurde.</li>"
                        "<li>Nach der Operation bekommen Sie keine ärztliche Nachsorge.</li>"
                        "<li>Man droht Ihnen, damit Sie niemandem davon erzählen.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<p>Menschenhandel zum Zweck der Organentnahme ist in Deutschland eine "
                        "Straftat. Betroffene haben deshalb dieselben Rechte wie bei anderen "
                        "Formen des Menschenhandels:</p>"
                        "<ul>"
                        "<li>kostenlose und vertrauliche Beratung, auf Wunsch anonym und mit "
                        "Dolmetscher*in,</li>"
                        "<li>für Menschen aus Ländern außerhalb der EU ohne Aufenthaltsrecht: eine "
                        "Bedenk- und Stabilisierungsfrist von mindestens drei Monaten (§ 59 Abs. 7 "
                        "AufenthG) und unter bestimmten Voraussetzungen eine Aufenthaltserlaubnis "
                        "(§ 25 Abs. 4a AufenthG),</li>"
                        "<li>in einem Strafverfahren: Nebenklage und psychosoziale "
                        "Prozessbegleitung,</li>"
                        "<li>unter bestimmten Voraussetzungen Leistungen der Sozialen "
                        "Entschädigung nach dem SGB XIV, etwa für die Behandlung gesundheitlicher "
                        "Folgen.</li>"
                        "</ul>"
                    ),
                    "help": (
                        "<p>Wenn Sie Schmerzen haben oder es Ihnen nach einer Operation schlecht "
                        "geht, gehen Sie zu einer Ärztin oder einem Arzt. Im Notfall rufen Sie den "
                        '<b>Rettungsdienst unter <a linktype="contact" key="emergency_ambulance">112</a></b>.</p>'
                        "<p>Eine <b>Fachberatungsstelle</b> unterstützt Sie vertraulich. Der KOK "
                        'nennt Ihnen eine Stelle in Ihrer Nähe: Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> oder '
                        'E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        '<p>Wenn Sie bedroht werden: <b>Polizei <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich habe dem Verkauf eines Organs zugestimmt. Kann ich "
                                        "trotzdem betroffen sein?"
                                    ),
                                    "answer": (
                                        "<p>Ja, das kann sein. Wer in einer Notlage ist, unter "
                                        "Druck gesetzt oder getäuscht wird, entscheidet nicht "
                                        "wirklich frei. Eine Fachberatungsstelle hilft Ihnen, Ihre "
                                        "Situation einzuschätzen, und bespricht vertraulich mit "
                                        "Ihnen, was Sie tun können.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "leihmutterschaft",
                "title": "Leihmutterschaft",
                "introduction": (
                    "Frauen, die für andere ein Kind austragen, können ausgebeutet werden. Hier "
                    "lesen Sie, woran Sie das erkennen und wo Sie Unterstützung bekommen."
                ),
                "search_description": (
                    "Zur Schwangerschaft für andere gedrängt oder um Geld betrogen: Anzeichen, "
                    "Rechte und Hilfe bei ausgebeuteter Leihmutterschaft."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Eine Frau trägt ein Kind für andere Menschen aus. Das nennt man "
                        "Leihmutterschaft. Ausbeutung ist es, wenn die Frau dazu gezwungen oder "
                        "getäuscht wird. Oder wenn sie nicht selbst über ihren Körper bestimmen "
                        "darf. In Deutschland ist Leihmutterschaft nicht erlaubt.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf eine ausgebeutete Leihmutterschaft "
                        "hinweisen:</p>"
                        "<ul>"
                        "<li>Sie werden unter Druck gesetzt, für andere schwanger zu werden – von "
                        "der Familie, vom Partner oder von einer Agentur.</li>"
                        "<li>Sie haben einen Vertrag unterschrieben, den Sie nicht verstehen.</li>"
                        "<li>Andere bestimmen, wo Sie wohnen, was Sie essen und wen Sie "
                        "treffen.</li>"
                        "<li>Sie dürfen nicht selbst entscheiden, welche ärztlichen Behandlungen "
                        "Sie bekommen.</li>"
                        "<li>Sie bekommen das versprochene Geld nicht oder nur zum Teil.</li>"
                        "<li>Jemand hat Ihnen den Pass weggenommen, oder Sie wurden in ein anderes "
                        "Land gebracht.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<p>Die Frau, die das Kind austrägt, wird dafür in Deutschland nicht "
                        "bestraft. Nach deutschem Recht ist die Frau, die ein Kind geboren hat, "
                        "seine Mutter.</p>"
                        "<p>Das EU-Recht zählt die Ausbeutung von Leihmutterschaft seit 2024 "
                        "ausdrücklich zum Menschenhandel. Ob in Ihrem Fall die besonderen Rechte "
                        "für Betroffene von Menschenhandel gelten, zum Beispiel beim Aufenthalt, "
                        "hängt von den Umständen ab. Eine Fachberatungsstelle prüft das mit "
                        "Ihnen.</p>"
                        "<p>Jede Schwangere kann sich in Deutschland in einer "
                        "Schwangerschaftsberatungsstelle beraten lassen – kostenlos und auf Wunsch "
                        "anonym.</p>"
                    ),
                    "help": (
                        "<p>Eine <b>Fachberatungsstelle</b> für Betroffene von Menschenhandel "
                        "berät Sie vertraulich, auf Wunsch mit Dolmetscher*in. Der KOK nennt Ihnen "
                        'eine Stelle in Ihrer Nähe: Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> oder E-Mail '
                        '<a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        "<p>Bei Fragen rund um Schwangerschaft und Geburt helfen die "
                        "<b>Schwangerschaftsberatungsstellen</b>. Das <b>Hilfetelefon Gewalt gegen "
                        'Frauen</b> erreichen Sie unter <a linktype="contact" key="womens_helpline">116 016</a> – kostenlos, rund um die Uhr und '
                        "in vielen Sprachen.</p>"
                        '<p>Wenn Sie in Gefahr sind: <b>Polizei <a linktype="contact" key="emergency_police">110</a></b>. Im medizinischen Notfall: '
                        '<b><a linktype="contact" key="emergency_ambulance">112</a></b>.</p>'
                    ),
                },
                "body": [],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "zwangsverheiratung",
                "title": "Zwangsverheiratung",
                "introduction": (
                    "Niemand darf gegen den eigenen Willen verheiratet werden. Hier lesen Sie, "
                    "woran Sie eine drohende Zwangsheirat erkennen und wer Ihnen hilft."
                ),
                "search_description": (
                    "Gegen den eigenen Willen heiraten müssen: Anzeichen einer Zwangsheirat, Ihre "
                    "Rechte und schnelle Hilfe."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Sie sollen einen Menschen heiraten, den Sie nicht heiraten wollen. "
                        "Ihre Familie oder andere Menschen setzen Sie unter Druck, drohen Ihnen "
                        "oder schlagen Sie. Eine Ehe muss freiwillig sein. Zwangsheirat ist in "
                        "Deutschland eine Straftat. Das gilt auch, wenn die Hochzeit im Ausland "
                        "stattfinden soll.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf eine drohende Zwangsheirat hinweisen:</p>"
                        "<ul>"
                        "<li>Ihre Familie plant eine Hochzeit, ohne Sie zu fragen.</li>"
                        "<li>Man sagt Ihnen, die Ehre der Familie hänge von dieser Ehe ab.</li>"
                        "<li>Sie dürfen nicht mehr zur Schule, zur Ausbildung oder zur Arbeit "
                        "gehen.</li>"
                        "<li>Man nimmt Ihnen Handy, Geld oder Pass weg.</li>"
                        "<li>Eine „Urlaubsreise“ ins Herkunftsland der Familie ist geplant, und "
                        "Sie haben ein ungutes Gefühl dabei.</li>"
                        "<li>Man droht Ihnen mit Gewalt oder damit, Sie aus der Familie "
                        "auszuschließen.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<ul>"
                        "<li>Sie dürfen Nein sagen. Jemanden zur Ehe zu zwingen, ist eine "
                        "Straftat.</li>"
                        "<li>Eine erzwungene Ehe kann aufgehoben werden. Dafür gelten Fristen.</li>"
                        "<li>Wenn Sie unter 18 Jahre alt sind, können Sie sich selbst an das "
                        "Jugendamt wenden und um Schutz bitten. Das Jugendamt kann Sie an einem "
                        "sicheren Ort unterbringen.</li>"
                        "<li>Ein Gericht kann anordnen, dass sich Menschen, die Sie bedrohen, von "
                        "Ihnen fernhalten müssen.</li>"
                        "<li>Wer in Deutschland gelebt hat und im Ausland zur Ehe gezwungen wurde, "
                        "kann unter bestimmten Voraussetzungen ein Recht auf Rückkehr nach "
                        "Deutschland haben.</li>"
                        "</ul>"
                        "<p>Das EU-Recht zählt Zwangsheirat seit 2024 auch zu den Formen von "
                        "Menschenhandel. Welche Rechte in Ihrem Fall gelten, klärt eine "
                        "Fachberatungsstelle mit Ihnen.</p>"
                    ),
                    "help": (
                        "<p>Holen Sie sich möglichst früh Rat – am besten, bevor eine Reise ins "
                        "Ausland beginnt. Eine <b>Fachberatungsstelle</b> hilft Ihnen vertraulich. "
                        'Der KOK nennt Ihnen eine Stelle in Ihrer Nähe: Telefon <a linktype="contact" key="phone">030 / 26 39 11 76</a> '
                        'oder E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        '<p>Das <b>Hilfetelefon Gewalt gegen Frauen</b> berät Sie unter <a linktype="contact" key="womens_helpline">116 016</a> '
                        "rund um die Uhr, kostenlos und in vielen Sprachen. Wenn Sie jünger als 18 "
                        "sind, hilft Ihnen auch das <b>Jugendamt</b>.</p>"
                        '<p>Wenn Sie in Gefahr sind: <b>Polizei <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich habe Angst, dass meine Familie von der Beratung "
                                        "erfährt."
                                    ),
                                    "answer": (
                                        "<p>Sagen Sie das der Beratungsstelle gleich am Anfang. "
                                        "Die Beratung ist vertraulich. Gemeinsam überlegen Sie, "
                                        "wie Sie sicher Kontakt halten können – zum Beispiel, wann "
                                        "und wie Sie angerufen werden dürfen.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "information.FormOfExploitationPage",
                "slug": "illegale-adoption",
                "title": "Illegale Adoption",
                "introduction": (
                    "Bei einer illegalen Adoption wird ein Kind gegen Geld, unter Druck oder mit "
                    "falschen Papieren an andere Menschen gegeben. Hier lesen Sie, welche Rechte "
                    "Eltern und Kinder haben."
                ),
                "search_description": (
                    "Kinder gegen Geld, unter Druck oder mit falschen Papieren weitergegeben: "
                    "Anzeichen, Rechte und Hilfe bei illegaler Adoption."
                ),
                "show_in_menus": False,
                "fields": {
                    "summary": (
                        "<p>Ein Kind wird gegen Geld oder mit Lügen an andere Menschen gegeben. "
                        "Manchmal werden Mütter gedrängt oder getäuscht, damit sie ihr Kind "
                        "abgeben. Manchmal werden Papiere gefälscht. Kinderhandel ist in "
                        "Deutschland eine Straftat. Jedes Kind hat ein Recht auf Schutz.</p>"
                    ),
                    "signs": (
                        "<p>Diese Anzeichen können auf eine illegale Adoption hinweisen:</p>"
                        "<ul>"
                        "<li>Ihnen wird Geld angeboten, wenn Sie Ihr Kind abgeben.</li>"
                        "<li>Sie sollen Schulden bezahlen, indem Sie Ihr Kind weggeben.</li>"
                        "<li>Sie sollen kurz nach der Geburt Papiere unterschreiben, die Sie nicht "
                        "verstehen.</li>"
                        "<li>Eine Adoption wird ohne Jugendamt, Adoptionsvermittlungsstelle oder "
                        "Gericht organisiert.</li>"
                        "<li>Man sagt Ihnen, Ihr Kind sei gestorben, aber Sie bekommen keine "
                        "Unterlagen darüber.</li>"
                        "<li>In den Papieren eines Kindes stehen falsche Namen, Daten oder "
                        "Orte.</li>"
                        "</ul>"
                    ),
                    "rights": (
                        "<ul>"
                        "<li>In Deutschland dürfen nur dafür zugelassene Stellen Adoptionen "
                        "vermitteln, zum Beispiel die Adoptionsvermittlungsstelle des Jugendamts. "
                        "Über eine Adoption entscheidet das Familiengericht.</li>"
                        "<li>Eine Mutter kann frühestens acht Wochen nach der Geburt in die "
                        "Adoption ihres Kindes einwilligen.</li>"
                        "<li>Kinder gegen Geld zu vermitteln oder zu kaufen, ist verboten.</li>"
                        "<li>Adoptierte Menschen haben grundsätzlich das Recht, ihre Herkunft zu "
                        "erfahren.</li>"
                        "</ul>"
                        "<p>Das EU-Recht zählt illegale Adoption seit 2024 auch zu den Formen von "
                        "Menschenhandel. Welche Rechte in Ihrem Fall gelten, klärt eine "
                        "Fachberatungsstelle mit Ihnen.</p>"
                    ),
                    "help": (
                        "<p>Eine <b>Fachberatungsstelle</b> berät Sie vertraulich, auf Wunsch mit "
                        "Dolmetscher*in. Der KOK nennt Ihnen eine Stelle in Ihrer Nähe: Telefon "
                        '<a linktype="contact" key="phone">030 / 26 39 11 76</a> oder E-Mail <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                        "<p>Fragen zur Adoption beantworten das <b>Jugendamt</b> und die "
                        "<b>Adoptionsvermittlungsstellen</b>. Schwangere in einer schwierigen Lage "
                        "finden Unterstützung in einer <b>Schwangerschaftsberatungsstelle</b>.</p>"
                        '<p>Wenn ein Kind in Gefahr ist: <b>Polizei <a linktype="contact" key="emergency_police">110</a></b>.</p>'
                    ),
                },
                "body": [
                    (
                        "faq",
                        {
                            "title": "Häufige Fragen",
                            "items": [
                                {
                                    "question": (
                                        "Ich wurde adoptiert und zweifle an meinen Papieren. Wer "
                                        "hilft mir?"
                                    ),
                                    "answer": (
                                        "<p>Wenden Sie sich an die Adoptionsvermittlungsstelle, "
                                        "die Ihre Adoption begleitet hat, oder an das Jugendamt. "
                                        "Dort können Sie in der Regel Einsicht in Ihre Unterlagen "
                                        "bekommen und erfahren, wie Sie mehr über Ihre Herkunft "
                                        "herausfinden.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
        ],
    },
    # Beratungsstelle finden (the finder: network.CounsellingFinderPage)
    {
        "type": "network.CounsellingFinderPage",
        "slug": "beratungsstelle-finden",
        "title": "Beratungsstelle finden",
        "introduction": (
            "Fachberatungsstellen im KOK beraten Betroffene von Menschenhandel und Ausbeutung. "
            "Die Beratung ist kostenlos und vertraulich. Wählen Sie Ihre Sprache, Ihr Bundesland "
            "oder Ihre Postleitzahl und was Ihnen passiert ist."
        ),
        "search_description": (
            "Fachberatungsstellen für Betroffene von Menschenhandel und Ausbeutung finden: nach "
            "Sprache, Bundesland, Postleitzahl, Form der Ausbeutung und Kontaktweg."
        ),
        "show_in_menus": True,
        "fields": {"neutral_tab_title": "Adressen"},
        "body": [
            ("heading", {"text": "Ihre Suche bleibt hier", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Diese Seite speichert nicht, wonach Sie suchen. Ihre Postleitzahl wird "
                    "nur auf dieser Website mit einer Liste verglichen und an niemanden "
                    "weitergegeben. Die Karte kommt von dieser Website, nicht von einem "
                    "Kartendienst. Die Adresse einer Schutzwohnung steht nie hier.</p>"
                ),
            ),
            ("heading", {"text": "Woher die Angaben kommen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Angaben stammen von den Mitgliedsorganisationen des KOK und aus ihren "
                    "öffentlichen Seiten. Wo wir es wissen, steht bei einer Stelle, wann die "
                    "Geschäftsstelle sie zuletzt geprüft hat. Ist etwas nicht mehr richtig? Schreiben Sie uns: "
                    '<a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                ),
            ),
        ],
        "children": [],
    },
    # Vernetzung
    {
        "type": "network.NetworkIndexPage",
        "slug": "vernetzung",
        "title": "Vernetzung",
        "introduction": (
            "Gegen Menschenhandel braucht es Zusammenarbeit. Der KOK wirkt in vielen Gremien und "
            "Bündnissen mit – in Deutschland, in Europa und weltweit."
        ),
        "search_description": (
            "In welchen Gremien und Netzwerken der KOK mitarbeitet und warum: bundesweit, "
            "europäisch und international."
        ),
        "show_in_menus": True,
        "fields": {},
        "body": [
            (
                "paragraph",
                (
                    "<p>Der KOK arbeitet in Gremien und Netzwerken auf Bundesebene, in Europa und "
                    "international mit. Dort bringen wir politische Forderungen in Gesetzgebung "
                    "und Entscheidungen ein. Unsere Positionen stimmen wir mit den "
                    "Mitgliedsorganisationen ab. So stützen sich unsere Forderungen auf das Wissen "
                    "und die Erfahrung der Fachberatungsstellen, die täglich mit Betroffenen "
                    "arbeiten. Diese Forderungen in die Gremien zu tragen, ist eine Kernaufgabe "
                    "des KOK-Büros.</p>"
                ),
            ),
            ("heading", {"text": "Wofür wir uns einsetzen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Wir fördern die Zusammenarbeit über Fachgrenzen, Regionen und "
                    "Staatsgrenzen hinweg.</li>"
                    "<li>Wir verankern eine Menschenrechtsperspektive in Politik und "
                    "Gesetzgebung.</li>"
                    "<li>Wir setzen uns dafür ein, dass Betroffene in Deutschland und "
                    "international verbindliche Rechtsansprüche haben.</li>"
                    "<li>Wir drängen darauf, dass nationale und internationale Vorschriften "
                    "angewendet und verbessert werden.</li>"
                    "</ul>"
                    "<p>Diese Arbeit hat schon einiges bewirkt: Nationale Gesetze und "
                    "internationale Konventionen wurden reformiert, und die rechtliche Lage von "
                    "Betroffenen hat sich teilweise verbessert. Zugleich machen wir das Fachwissen "
                    "anderer Institutionen, die sich mit Menschenhandel und Ausbeutung befassen, "
                    "für die Praxis nutzbar.</p>"
                ),
            ),
            ("heading", {"text": "Was noch fehlt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Gesetze zu Menschenhandel dienen bis heute vor allem der "
                    "Strafverfolgung und regeln Migration meist restriktiv. Eigene Rechtsansprüche "
                    "der Betroffenen kommen darin kaum vor. Kriminalität zu bekämpfen, ist eine "
                    "wichtige Aufgabe des Staates. Für uns stehen aber die Betroffenen selbst und "
                    "ihre Rechte im Mittelpunkt – nicht in erster Linie ihre Rolle als "
                    "Zeug*innen.</p>"
                    "<p>Vorrang muss haben, dass Betroffene sich stabilisieren und die Kontrolle "
                    "über ihr Leben zurückgewinnen können. Wer nur auf die Strafverfolgung schaut, "
                    "riskiert, dass Betroffene benutzt und erneut verletzt werden. Und er bekommt "
                    "ein verzerrtes Bild davon, wie Menschenhandel und Ausbeutung in Wirklichkeit "
                    "aussehen.</p>"
                ),
            ),
        ],
        "children": [
            {
                "type": "network.NetworkBodyPage",
                "slug": "bund-laender-ag-menschenhandel",
                "title": "Bund-Länder-Arbeitsgruppe Menschenhandel",
                "introduction": (
                    "Seit 1997 tauschen sich hier Behörden und Nichtregierungsorganisationen aus "
                    "Bund und Ländern regelmäßig zum Thema Menschenhandel aus. Der KOK ist "
                    "ständiges Mitglied."
                ),
                "search_description": (
                    "Das Gremium beim Bundesfamilienministerium, in dem Bund, Länder und NGOs seit "
                    "1997 gemeinsam gegen Menschenhandel arbeiten."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "B-L-AG Menschenhandel",
                    "host_institution": (
                        "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)"
                    ),
                    "founded": 1997,
                    "members": (
                        "Vorsitz: Bundesministerium für Familie, Senioren, Frauen und Jugend "
                        "(BMFSFJ)\n"
                        "Bundesministerium des Innern (BMI)\n"
                        "Bundesministerium der Justiz (BMJ)\n"
                        "Bundesministerium für Gesundheit (BMG)\n"
                        "Bundesministerium für Arbeit und Soziales (BMAS)\n"
                        "Bundesministerium für Wirtschaft\n"
                        "Bundesministerium für wirtschaftliche Zusammenarbeit und Entwicklung "
                        "(BMZ)\n"
                        "Auswärtiges Amt\n"
                        "Bundeskriminalamt (BKA)\n"
                        "Vertreter*innen der Sozialministerkonferenz, der Innenministerkonferenz "
                        "und der Justizministerkonferenz\n"
                        "Gleichstellungsministerkonferenz (GFMK)\n"
                        "Senatsverwaltung für Wirtschaft, Arbeit und Frauen, Berlin\n"
                        "Bundesarbeitsgemeinschaft der Freien Wohlfahrtspflege (BAG FW)\n"
                        "Koordinierungskreis gegen Menschenhandel e.V. (KOK)\n"
                        "Solwodi e.V."
                    ),
                    "kok_role": (
                        "<p>Der KOK ist ständiges Mitglied der Arbeitsgruppe und bringt dort die "
                        "Erfahrungen der Fachberatungsstellen ein. Die Arbeitsgruppe erarbeitet "
                        "Empfehlungen für politische Entscheidungsträger*innen in Bund und Ländern "
                        "und organisiert und koordiniert bundesweite Aktionen zum Thema "
                        "Menschenhandel.</p>"
                    ),
                    "working_groups": "",
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Arbeitsgruppe ist beim Bundesfamilienministerium angesiedelt, "
                            "das sie auch koordiniert. Sie bietet einen festen Rahmen für den "
                            "fachlichen Austausch über Ländergrenzen hinweg – zwischen Behörden "
                            "und Nichtregierungsorganisationen aus Bund und Ländern.</p>"
                        ),
                    ),
                    ("heading", {"text": "Was die Arbeitsgruppe erreicht hat", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Weil Fachleute aus ganz unterschiedlichen Bereichen an einem Tisch "
                            "sitzen, konnten gemeinsam neue Wege gegen Menschenhandel und für "
                            "einen besseren Opferschutz entwickelt werden. Dazu gehören:</p>"
                            "<ul>"
                            "<li>ein Kooperationskonzept für die Zusammenarbeit von "
                            "Fachberatungsstellen und Polizei,</li>"
                            "<li>eine Auslegungshilfe für Sozialhilfeträger,</li>"
                            "<li>ein Erlass des damaligen Bundesministeriums für Arbeit und "
                            "Sozialordnung an die Landesversorgungsämter, der Opferzeug*innen den "
                            "Zugang zu Leistungen nach dem Opferentschädigungsgesetz (OEG) "
                            "eröffnete,</li>"
                            "<li>eine Weisung desselben Ministeriums, die Opferzeug*innen den "
                            "Zugang zum Arbeitsmarkt ohne Vorrangprüfung ermöglichte,</li>"
                            "<li>ein Handlungsleitfaden für Anträge auf Leistungen nach dem "
                            "OEG,</li>"
                            "<li>ein Fortbildungskonzept für Behörden und Einrichtungen, die mit "
                            "Menschenhandel zu tun haben.</li>"
                            "</ul>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "bund-laender-ag-arbeitsausbeutung",
                "title": (
                    "Bund-Länder-Arbeitsgruppe Bekämpfung des Menschenhandels zum Zweck der "
                    "Arbeitsausbeutung"
                ),
                "introduction": (
                    "Die Arbeitsgruppe beim Bundesarbeitsministerium befasst sich seit Februar "
                    "2015 mit Menschenhandel zum Zweck der Arbeitsausbeutung."
                ),
                "search_description": (
                    "Das Gremium beim BMAS, das seit 2015 gemeinsame Wege gegen Menschenhandel zur "
                    "Arbeitsausbeutung erarbeitet."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "B-L-AG Arbeitsausbeutung",
                    "host_institution": "Bundesministerium für Arbeit und Soziales (BMAS)",
                    "founded": 2015,
                    "members": (
                        "Vertreter*innen der zuständigen Ministerien und Senatsverwaltungen von "
                        "Bund und Ländern\n"
                        "Konferenz der Ministerinnen und Minister, Senatorinnen und Senatoren für "
                        "Arbeit und Soziales (ASMK)\n"
                        "Bundeskriminalamt\n"
                        "Gewerkschaften\n"
                        "Arbeitgeber*innen\n"
                        "zwei Fachberatungsstellen für Betroffene von Menschenhandel\n"
                        "KOK e.V.\n"
                        "Sozialversicherung\n"
                        "Finanzkontrolle Schwarzarbeit\n"
                        "Wohlfahrtsverbände"
                    ),
                    "kok_role": (
                        "<p>Der KOK arbeitete in der Unterarbeitsgruppe 1 mit, die sich mit der "
                        "Unterstützung von Betroffenen befasste. Dort brachte er die Sicht der "
                        "Fachberatungsstellen auf Beratung und Unterstützung von Menschen ein, die "
                        "zur Arbeitsausbeutung gehandelt wurden.</p>"
                    ),
                    "working_groups": (
                        "Unterstützung von Betroffenen\n"
                        "Prävention, Sensibilisierung und Öffentlichkeitsarbeit\n"
                        "Strafrechtliche Verfolgung von Menschenhandel, Zwangsarbeit und Ausbeutung"
                    ),
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Bei ihrem ersten Treffen legte die Arbeitsgruppe ihre zentralen "
                            "Arbeitspunkte fest. Ziel war, bis Ende 2016 ein Konzept zur "
                            "Bekämpfung dieser Form des Menschenhandels zu entwickeln. Dazu wurden "
                            "drei Unterarbeitsgruppen gebildet, die jeweils einen Workshop zu "
                            "ihrem Thema abhielten:</p>"
                            "<ul>"
                            "<li>am 1. März 2016 zu Beratung und Unterstützung von "
                            "Betroffenen,</li>"
                            "<li>am 27. April 2016 zu Prävention, Sensibilisierung und "
                            "Öffentlichkeitsarbeit,</li>"
                            "<li>im Juni 2016 zur strafrechtlichen Verfolgung von Menschenhandel, "
                            "Zwangsarbeit und Ausbeutung.</li>"
                            "</ul>"
                            "<p>Weitere Informationen veröffentlicht das Bundesministerium für "
                            "Arbeit und Soziales.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "bund-laender-ag-kinderschutz",
                "title": (
                    "Bund-Länder-Arbeitsgruppe Schutz von Kindern und Jugendlichen vor sexueller "
                    "Gewalt und Ausbeutung"
                ),
                "introduction": (
                    "Die Arbeitsgruppe wurde im September 2003 eingerichtet. Sie begleitet den "
                    "gleichnamigen Aktionsplan der Bundesregierung und sorgt für einen "
                    "regelmäßigen Austausch."
                ),
                "search_description": (
                    "Das Gremium beim BMFSFJ, in dem Bund, Länder, Kommunen und NGOs seit 2003 zum "
                    "Schutz von Kindern und Jugendlichen zusammenarbeiten."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "BLAG Schutz von Kindern und Jugendlichen",
                    "host_institution": (
                        "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)"
                    ),
                    "founded": 2003,
                    "members": (
                        "Vertreter*innen des Bundes\n"
                        "Vertreter*innen der Länder\n"
                        "Vertreter*innen der Kommunen\n"
                        "Vertreter*innen von Nichtregierungsorganisationen, darunter der KOK"
                    ),
                    "kok_role": (
                        "<p>Der KOK ist in der Arbeitsgruppe und in der Unterarbeitsgruppe „Handel "
                        "mit Kindern, Tourismus und internationale Kooperation“ vertreten. Er "
                        "wirkt unter anderem an einem Kooperationskonzept mit, das minderjährige "
                        "Betroffene von Menschenhandel besser schützen soll.</p>"
                    ),
                    "working_groups": (
                        "UAG „Handel mit Kindern, Tourismus und internationale Kooperation“"
                    ),
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Arbeitsgruppe ist beim Bundesfamilienministerium angesiedelt. "
                            "Sie wurde eingerichtet, um die Umsetzung des Aktionsplans der "
                            "Bundesregierung zum Schutz von Kindern und Jugendlichen vor sexueller "
                            "Gewalt und Ausbeutung zu beobachten. Bund, Länder, Kommunen und "
                            "Nichtregierungsorganisationen treffen sich in der Regel zweimal im "
                            "Jahr. Ziel ist eine verlässliche, dauerhafte Zusammenarbeit und ein "
                            "stetiger Austausch in diesem Handlungsfeld. Für einzelne Themen gibt "
                            "es Unterarbeitsgruppen.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "initiative-fluechtlingsunterkuenfte",
                "title": "Initiative zum Schutz von Frauen und Kindern in Flüchtlingsunterkünften",
                "introduction": (
                    "Eine gemeinsame Initiative von Bundesfamilienministerium und UNICEF, die seit "
                    "2016 Frauen, Kinder und Jugendliche in Flüchtlingsunterkünften besser "
                    "schützen will."
                ),
                "search_description": (
                    "Die Initiative von BMFSFJ und UNICEF für bundesweite Mindeststandards zum "
                    "Schutz von Frauen und Kindern in Flüchtlingsunterkünften."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "",
                    "host_institution": (
                        "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ) und "
                        "UNICEF"
                    ),
                    "founded": 2016,
                    "members": (
                        "Bundesministerium für Familie, Senioren, Frauen und Jugend (BMFSFJ)\n"
                        "UNICEF\n"
                        "Wohlfahrtsverbände\n"
                        "Nichtregierungsorganisationen, darunter der KOK"
                    ),
                    "kok_role": (
                        "<p>Der KOK ist Mitglied der Initiative und bringt dort sein Wissen über "
                        "Menschenhandel, Ausbeutung und Gewalt im Migrationsprozess ein.</p>"
                    ),
                    "working_groups": "",
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Das Bundesfamilienministerium und UNICEF starteten die Initiative "
                            "im Frühjahr 2016. Sie ist Teil eines Konzepts des Ministeriums zum "
                            "Schutz von Frauen und Kindern in Flüchtlingsunterkünften. Im Rahmen "
                            "der Initiative entstanden erstmals bundesweit einheitliche "
                            "Mindeststandards zum Schutz von Kindern, Jugendlichen und Frauen in "
                            "Flüchtlingsunterkünften.</p>"
                            "<p>Bei drei Runden Tischen legten die Beteiligten gemeinsam mit "
                            "weiteren NGOs und zentralen Akteuren Lernziele und inhaltliche "
                            "Mindestanforderungen für Schulungsmodule fest. Die Module wurden "
                            "zuerst mit Mitarbeiter*innen einer Pilot-Einrichtung in Berlin "
                            "erprobt und auf dieser Grundlage weiterentwickelt. Außerdem wurden 25 "
                            "Konsultationseinrichtungen in ganz Deutschland ausgewählt, die von "
                            "Wohlfahrtsverbänden getragen werden. Jede hat eine eigene "
                            "Koordination für die Umsetzung der Mindeststandards und dient anderen "
                            "Einrichtungen als Vorbild.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "forum-menschenrechte",
                "title": "Forum Menschenrechte",
                "introduction": (
                    "Ein Netzwerk deutscher Menschenrechtsorganisationen, in dem der KOK die "
                    "Themen Menschenhandel und die Rechte von Migrantinnen vertritt."
                ),
                "search_description": (
                    "Das Netzwerk deutscher Menschenrechtsorganisationen: Der KOK arbeitet in den "
                    "AGs Innenpolitik und Frauenrechte mit."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "",
                    "host_institution": "",
                    "founded": None,
                    "members": "Netzwerk von mehr als 48 deutschen Nichtregierungsorganisationen",
                    "kok_role": (
                        "<p>Der KOK arbeitet kontinuierlich im Forum Menschenrechte mit. So setzen "
                        "wir uns dafür ein, dass die Menschenrechte auch im Bereich Menschenhandel "
                        "gewahrt werden, und bringen unsere Erfahrungen aus Deutschland und aus "
                        "der internationalen Arbeit gebündelt ein. Der KOK ist in zwei "
                        "Arbeitsgruppen aktiv:</p>"
                        "<ul>"
                        "<li><b>AG Innenpolitik:</b> Die AG organisiert unter anderem zweimal im "
                        "Jahr ein Treffen mit dem Innenausschuss des Bundestages. Der KOK macht "
                        "dort vor allem deutlich, wie sich das Aufenthaltsgesetz auf Betroffene "
                        "von Menschenhandel auswirkt, und bringt weitere wichtige Themen ein.</li>"
                        "<li><b>AG Frauenrechte:</b> Die AG setzt sich für die Stärkung der Rechte "
                        "von Frauen und für Bewusstseinsbildung ein. Sie drängt auf die Umsetzung "
                        "internationaler Standards wie der UN-Frauenrechtskonvention, beobachtet "
                        "und kommentiert, wie Deutschland diese Pflichten erfüllt, und liefert "
                        "Beiträge wie Schattenberichte. Der KOK vertritt hier besonders die "
                        "Interessen von Migrantinnen und das Thema Gewalt an Frauen im "
                        "Migrationsprozess.</li>"
                        "</ul>"
                    ),
                    "working_groups": "AG Innenpolitik\nAG Frauenrechte",
                    "website": "https://www.forum-menschenrechte.de/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Im Forum Menschenrechte haben sich mehr als 48 deutsche "
                            "Nichtregierungsorganisationen zusammengeschlossen. Gemeinsam setzen "
                            "sie sich für einen besseren und umfassenden Schutz der Menschenrechte "
                            "ein – weltweit und in Deutschland. In Arbeitsgruppen entstehen "
                            "gemeinsame Stellungnahmen und Materialien; außerdem bereiten die "
                            "Gruppen Aktionen, öffentliche Veranstaltungen und Fachgespräche vor. "
                            "Das Forum arbeitet eng mit NGOs auf europäischer und internationaler "
                            "Ebene zusammen.</p>"
                        ),
                    ),
                    ("heading", {"text": "Kontakt", "level": "h2"}),
                    (
                        "paragraph",
                        (
                            "<p>Forum Menschenrechte – Netzwerk deutscher "
                            "Menschenrechtsorganisationen</p>"
                            "<p>Haus der Demokratie und Menschenrechte, Greifswalder Straße 4, "
                            "10405 Berlin</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "buendnis-istanbul-konvention",
                "title": "Bündnis Istanbul-Konvention",
                "introduction": (
                    "Ein Bündnis von Organisationen, das sich für die vollständige Umsetzung der "
                    "Istanbul-Konvention in Deutschland einsetzt."
                ),
                "search_description": (
                    "Der KOK engagiert sich im Bündnis Istanbul-Konvention für den Schutz von "
                    "Frauen vor Gewalt – auch von Migrantinnen."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK ist Mitglied im Bündnis. Er bringt dort seine Expertise zu "
                        "Menschenhandel und zu Gewalt an Frauen im Migrationsprozess ein und "
                        "achtet darauf, dass der Schutz vor Gewalt für alle Frauen gilt – "
                        "unabhängig von ihrem Aufenthaltsstatus.</p>"
                    ),
                    "working_groups": "",
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Istanbul-Konvention ist das Übereinkommen des Europarats zur "
                            "Verhütung und Bekämpfung von Gewalt gegen Frauen und häuslicher "
                            "Gewalt. In Deutschland gilt sie seit dem 1. Februar 2018. Im Bündnis "
                            "begleiten zivilgesellschaftliche Organisationen gemeinsam, wie "
                            "Deutschland die Konvention umsetzt.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "cedaw-allianz",
                "title": "CEDAW-Allianz Deutschland",
                "introduction": (
                    "Ein Zusammenschluss zivilgesellschaftlicher Organisationen, der die Umsetzung "
                    "der UN-Frauenrechtskonvention in Deutschland kritisch begleitet."
                ),
                "search_description": (
                    "Der KOK ist Teil der CEDAW-Allianz, die die Umsetzung der "
                    "UN-Frauenrechtskonvention in Deutschland begleitet."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "CEDAW-Allianz",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK ist Mitglied der Allianz. Er sorgt dafür, dass die Lage von "
                        "Frauen, die von Menschenhandel und Ausbeutung betroffen sind, und die "
                        "Rechte von Migrantinnen in der gemeinsamen Arbeit berücksichtigt "
                        "werden.</p>"
                    ),
                    "working_groups": "",
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>CEDAW ist die Abkürzung für das Übereinkommen der Vereinten "
                            "Nationen zur Beseitigung jeder Form von Diskriminierung der Frau, "
                            "kurz UN-Frauenrechtskonvention. Deutschland berichtet dem zuständigen "
                            "UN-Ausschuss regelmäßig, wie es die Konvention umsetzt. In der "
                            "CEDAW-Allianz bringen zivilgesellschaftliche Organisationen dazu ihre "
                            "eigene Sicht ein.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "allianz-rechtssicherheit",
                "title": "Allianz „Rechtssicherheit für politische Willensbildung“",
                "introduction": (
                    "Ein Zusammenschluss gemeinnütziger Organisationen, der sich für "
                    "Rechtssicherheit beim politischen Engagement der Zivilgesellschaft einsetzt."
                ),
                "search_description": (
                    "Der KOK unterstützt die Allianz „Rechtssicherheit für politische "
                    "Willensbildung“ für ein zeitgemäßes Gemeinnützigkeitsrecht."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK ist Mitglied der Allianz. Für einen gemeinnützigen Verein, der "
                        "sich politisch für die Rechte von Betroffenen einsetzt, ist es wichtig, "
                        "sich rechtssicher an Debatten und Gesetzgebung beteiligen zu können.</p>"
                    ),
                    "working_groups": "",
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>In der Allianz haben sich gemeinnützige Vereine und Stiftungen "
                            "zusammengeschlossen. Sie setzen sich dafür ein, dass gemeinnützige "
                            "Organisationen sich an der politischen Willensbildung beteiligen "
                            "können, ohne ihre Gemeinnützigkeit aufs Spiel zu setzen. Dafür "
                            "fordern sie klare Regeln im Gemeinnützigkeitsrecht.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "deutsches-institut-fuer-menschenrechte",
                "title": "Trägerverein des Deutschen Instituts für Menschenrechte e.V.",
                "introduction": (
                    "Der KOK gehört dem Trägerverein des Deutschen Instituts für Menschenrechte an."
                ),
                "search_description": (
                    "Der KOK ist Mitglied im Trägerverein des Deutschen Instituts für "
                    "Menschenrechte, der Nationalen Menschenrechtsinstitution Deutschlands."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Als Mitglied des Trägervereins unterstützt der KOK die unabhängige "
                        "Arbeit des Instituts und bringt die Perspektive von Betroffenen von "
                        "Menschenhandel ein.</p>"
                    ),
                    "working_groups": "",
                    "website": "https://www.institut-fuer-menschenrechte.de/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Das Deutsche Institut für Menschenrechte ist die unabhängige "
                            "Nationale Menschenrechtsinstitution Deutschlands. Es beobachtet, wie "
                            "die Menschenrechte in Deutschland geachtet und umgesetzt werden, "
                            "berät Politik und informiert die Öffentlichkeit.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "transparente-zivilgesellschaft",
                "title": "Initiative Transparente Zivilgesellschaft (ITZ)",
                "introduction": (
                    "Organisationen, die sich der Initiative anschließen, legen freiwillig offen, "
                    "wer sie sind, was sie tun und wie sie sich finanzieren."
                ),
                "search_description": (
                    "Der KOK hat sich der Initiative Transparente Zivilgesellschaft angeschlossen "
                    "und macht grundlegende Angaben über den Verein öffentlich."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "national",
                    "short_name": "ITZ",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK hat sich der Initiative angeschlossen. Damit verpflichten wir "
                        "uns, grundlegende Informationen über unseren Verein leicht zugänglich zu "
                        "veröffentlichen.</p>"
                    ),
                    "working_groups": "",
                    "website": "https://www.transparente-zivilgesellschaft.de/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Wer sich für das Gemeinwohl engagiert, sollte offenlegen, welche "
                            "Ziele er verfolgt, woher das Geld kommt, wie es verwendet wird und "
                            "wer die Entscheidungen trifft. Die Organisationen, die sich der "
                            "Initiative anschließen, machen solche Angaben freiwillig "
                            "öffentlich.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "la-strada-international",
                "title": "La Strada International (LSI)",
                "introduction": (
                    "La Strada International – European Platform Against Trafficking in Human "
                    "Beings ist ein europäisches Netzwerk von Organisationen gegen Menschenhandel."
                ),
                "search_description": (
                    "Das europäische NGO-Netzwerk gegen Menschenhandel, in dem der KOK Mitglied "
                    "ist."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "international",
                    "short_name": "LSI",
                    "host_institution": "",
                    "founded": None,
                    "members": (
                        "Nichtregierungsorganisationen aus verschiedenen europäischen Ländern, "
                        "darunter der KOK"
                    ),
                    "kok_role": (
                        "<p>Der KOK ist Mitglied von La Strada International. Er bringt die "
                        "Erfahrungen aus Deutschland in den europäischen Austausch ein; umgesetzte "
                        "Lösungen und Wissen aus anderen Ländern fließen in die Arbeit hierzulande "
                        "zurück.</p>"
                    ),
                    "working_groups": "",
                    "website": "https://www.lastradainternational.org/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>In La Strada International arbeiten Nichtregierungsorganisationen "
                            "aus ganz Europa zusammen, die gegen Menschenhandel arbeiten und sich "
                            "für die Menschenrechte der Betroffenen einsetzen.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "picum",
                "title": (
                    "Plattform für Internationale Zusammenarbeit zu undokumentierten Migrant*innen "
                    "(PICUM)"
                ),
                "introduction": (
                    "PICUM (Platform for International Cooperation on Undocumented Migrants) ist "
                    "ein Netzwerk für die Rechte von Migrant*innen ohne gesicherten "
                    "Aufenthaltsstatus."
                ),
                "search_description": (
                    "Das europäische Netzwerk für die Rechte undokumentierter Migrant*innen, in "
                    "dem der KOK Mitglied ist."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "international",
                    "short_name": "PICUM",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Viele Betroffene von Menschenhandel haben keinen gesicherten "
                        "Aufenthaltsstatus. Der KOK bringt deshalb seine Erfahrungen in das "
                        "Netzwerk ein und setzt sich gemeinsam mit anderen Mitgliedern dafür ein, "
                        "dass ihre Rechte unabhängig vom Aufenthaltsstatus gelten.</p>"
                    ),
                    "working_groups": "",
                    "website": "https://picum.org/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>In PICUM haben sich Organisationen zusammengeschlossen, die sich "
                            "für die Rechte von Migrant*innen ohne Papiere einsetzen – etwa für "
                            "faire Arbeitsbedingungen, den Zugang zu Gesundheitsversorgung und den "
                            "Schutz vor Gewalt.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "gaatw",
                "title": "Global Alliance Against Traffic in Women (GAATW)",
                "introduction": (
                    "Die Global Alliance Against Traffic in Women ist ein weltweites Bündnis von "
                    "Organisationen gegen Frauenhandel."
                ),
                "search_description": (
                    "Das weltweite Bündnis von Organisationen gegen Frauenhandel, in dem der KOK "
                    "Mitglied ist."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "international",
                    "short_name": "GAATW",
                    "host_institution": "",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK ist Mitglied der GAATW. Der weltweite Austausch zeigt, wie "
                        "Menschenhandel und Migration zusammenhängen, und stärkt die gemeinsame "
                        "Stimme für die Rechte betroffener Frauen.</p>"
                    ),
                    "working_groups": "",
                    "website": "https://gaatw.org/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>In der GAATW arbeiten Nichtregierungsorganisationen aus vielen "
                            "Regionen der Welt zusammen. Sie setzen sich dafür ein, dass die "
                            "Menschenrechte von Migrantinnen und von Frauen, die Menschenhandel "
                            "erlebt haben, geachtet werden.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "eu-civil-society-platform",
                "title": "EU Civil Society Platform against trafficking in human beings",
                "introduction": (
                    "Die Plattform verbindet Organisationen der Zivilgesellschaft aus der "
                    "Europäischen Union, die gegen Menschenhandel arbeiten."
                ),
                "search_description": (
                    "Die Plattform der EU für zivilgesellschaftliche Organisationen gegen "
                    "Menschenhandel, in der der KOK mitarbeitet."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "international",
                    "short_name": "",
                    "host_institution": "Europäische Kommission",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK ist Mitglied der Plattform und vertritt dort die Erfahrungen "
                        "der Fachberatungsstellen in Deutschland.</p>"
                    ),
                    "working_groups": "",
                    "website": "",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Plattform bringt Organisationen der Zivilgesellschaft aus den "
                            "Mitgliedstaaten der EU zusammen, die gegen Menschenhandel arbeiten. "
                            "Sie ermöglicht den Austausch untereinander und mit den Institutionen "
                            "der Europäischen Union.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
            {
                "type": "network.NetworkBodyPage",
                "slug": "fra-plattform-fuer-grundrechte",
                "title": "Plattform für Grundrechte der Agentur der EU für Grundrechte (FRA)",
                "introduction": (
                    "Über diese Plattform arbeitet die Agentur der Europäischen Union für "
                    "Grundrechte mit Organisationen der Zivilgesellschaft zusammen."
                ),
                "search_description": (
                    "Die Plattform für Grundrechte der EU-Grundrechteagentur FRA, in der der KOK "
                    "mitarbeitet."
                ),
                "show_in_menus": False,
                "fields": {
                    "scope": "international",
                    "short_name": "Fundamental Rights Platform",
                    "host_institution": "Agentur der Europäischen Union für Grundrechte (FRA)",
                    "founded": None,
                    "members": "",
                    "kok_role": (
                        "<p>Der KOK ist Teil der Plattform und bringt dort Fragen rund um "
                        "Menschenhandel, Ausbeutung und die Rechte von Betroffenen ein.</p>"
                    ),
                    "working_groups": "",
                    "website": "https://fra.europa.eu/",
                },
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Agentur der Europäischen Union für Grundrechte (FRA) berät die "
                            "EU und ihre Mitgliedstaaten in Fragen der Grundrechte. Über ihre "
                            "Plattform für Grundrechte bezieht sie das Wissen von Organisationen "
                            "der Zivilgesellschaft in ihre Arbeit ein.</p>"
                        ),
                    ),
                ],
                "children": [],
            },
        ],
    },
    # KOK informiert: the three news items of seed 003, written fresh. The seed gives no
    # publication dates: the dates below are demo values (the first is the decision's own date).
    {
        "type": "information.NewsIndexPage",
        "slug": "kok-informiert",
        "title": "KOK informiert",
        "introduction": (
            "Neuigkeiten aus dem KOK und seinem Netzwerk: Meldungen, Stellungnahmen, "
            "Pressemitteilungen und Veranstaltungen."
        ),
        "search_description": (
            "Meldungen, Stellungnahmen, Pressemitteilungen und Veranstaltungen des KOK zu "
            "Menschenhandel und Ausbeutung."
        ),
        "show_in_menus": True,
        "body": [],
        "children": [
            {
                "type": "information.NewsItemPage",
                "slug": "verwaltungsgericht-corona-wohnpflicht-aufgehoben",
                "title": "Corona: Gericht hebt Pflicht zum Wohnen in einer Asylunterkunft auf",
                "introduction": (
                    "Ein Verwaltungsgericht hat im Eilverfahren entschieden: Eine schwangere Frau "
                    "und ihr Ehemann müssen wegen der Gefahr einer Ansteckung mit dem "
                    "Coronavirus nicht länger in einer Asylunterkunft wohnen."
                ),
                "fields": {"date": "2020-05-07", "category": "news"},
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Mit Beschluss vom 7. Mai 2020 hat ein Verwaltungsgericht im "
                            "einstweiligen Rechtsschutz die Verpflichtung aufgehoben, in einer "
                            "Asylunterkunft zu wohnen. Das Gericht sah für die schwangere Frau und "
                            "ihren Ehemann die Gefahr, sich dort mit dem Coronavirus anzustecken.</p>"
                            "<p>Die Entscheidung zeigt: Auch im Eilverfahren kann eine "
                            "Gesundheitsgefahr in einer Gemeinschaftsunterkunft zählen. Für "
                            "Fachberatungsstellen, die Betroffene von Menschenhandel in "
                            "Unterkünften begleiten, ist sie ein Beispiel.</p>"
                        ),
                    ),
                ],
            },
            {
                "type": "information.NewsItemPage",
                "slug": "lg-berlin-haftstrafen-schwere-zwangsprostitution",
                "title": "Landgericht Berlin: Haftstrafen wegen schwerer Zwangsprostitution",
                "introduction": (
                    "Drei Angeklagte sind vor dem Landgericht Berlin unter anderem wegen "
                    "schwerer Zwangsprostitution zu mehrjährigen Haftstrafen verurteilt worden."
                ),
                "fields": {"date": "2020-06-15", "category": "news"},
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Verfahren liefen vor der 8., der 9. und der 18. Strafkammer "
                            "des Landgerichts Berlin. Die drei Männer stammen aus derselben Region "
                            "Südosteuropas. Das Gericht verurteilte sie unter anderem wegen "
                            "schwerer Zwangsprostitution zu Haftstrafen von mehreren Jahren.</p>"
                            "<p>Urteile zu Menschenhandel und Ausbeutung wertet der KOK in seiner "
                            "Rechtsprechungsdatenbank aus.</p>"
                        ),
                    ),
                ],
            },
            {
                "type": "information.NewsItemPage",
                "slug": "anti-slavery-leitlinie-covid-19",
                "title": "Anti-Slavery: Leitlinie zu Covid-19 und Menschenhandel",
                "introduction": (
                    "Die Organisation Anti-Slavery zeigt in einer Leitlinie für Politik und "
                    "Wirtschaft, wie Entscheidungen in der Covid-19-Pandemie Betroffenen von "
                    "Menschenhandel schaden können, und was dagegen hilft."
                ),
                "fields": {"date": "2020-06-30", "category": "news"},
                "body": [
                    (
                        "paragraph",
                        (
                            "<p>Die Leitlinie richtet sich an Politik und Wirtschaft. Sie "
                            "beschreibt, wie sich Maßnahmen gegen Covid-19 negativ auf die Lage "
                            "von Menschen auswirken können, die von Menschenhandel betroffen sind, "
                            "und nennt Maßnahmen, die diese Folgen verhindern oder mildern "
                            "sollen.</p>"
                        ),
                    ),
                ],
            },
        ],
    },
    # Spenden
    {
        "type": "home.DonationPage",
        "slug": "spenden",
        "title": "Spenden",
        "introduction": (
            "Ihre Spende hilft Menschen, die Menschenhandel und Ausbeutung erlebt haben, zu ihrem "
            "Recht zu kommen."
        ),
        "search_description": (
            "Unterstützen Sie den KOK mit einer Spende – für die Rechte von Betroffenen von "
            "Menschenhandel und für starke Fachberatungsstellen."
        ),
        "show_in_menus": True,
        "fields": {
            "appeal": (
                "<p>Menschen, die Menschenhandel und Ausbeutung erlebt haben, brauchen "
                "verlässliche Unterstützung: eine Beratung, die zuhört, einen sicheren Ort und "
                "Menschen, die ihnen helfen, ihre Rechte durchzusetzen. Der KOK sorgt dafür, dass "
                "die Erfahrungen der Fachberatungsstellen in Politik und Gesetzgebung ankommen und "
                "dass die Unterstützung für Betroffene gestärkt wird.</p>"
                "<p>Mit Ihrer Spende helfen Sie uns, diese Arbeit unabhängig und dauerhaft zu "
                "leisten. Jeder Betrag zählt. Sie können einfach überweisen oder den GiroCode mit "
                "Ihrer Banking-App scannen.</p>"
            ),
            "account_holder": "KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.",
            "bank_name": "Evangelische Bank eG",
            "iban": "DE43520604100003911047",
            "bic": "GENODEF1EK1",
            "reference": "Spende KOK e.V.",
        },
        "body": [
            (
                "paragraph",
                (
                    "<p>Der KOK ist ein eingetragener Verein und als gemeinnützig anerkannt. "
                    "Spenden helfen uns, die Strukturen der Beratung und Unterstützung für "
                    "Betroffene zu sichern und auszubauen. Für eine Zuwendungsbestätigung "
                    'schreiben Sie uns bitte mit Ihrer Adresse an <a linktype="contact" key="email">info@kok-buero.de</a>.</p>'
                ),
            ),
        ],
        "children": [],
    },
    # Über uns
    {
        "type": "home.StandardPage",
        "slug": "ueber-uns",
        "title": "Über uns",
        "introduction": (
            "Der KOK ist der bundesweite Zusammenschluss von Fachberatungsstellen und weiteren "
            "Organisationen gegen Menschenhandel. Seit 1999 setzen wir uns für die Rechte der "
            "Betroffenen ein."
        ),
        "search_description": (
            "Wer wir sind: Geschichte, Ziele, Mitgliedsorganisationen, Geschäftsstelle und "
            "Vorstand des KOK e.V."
        ),
        "show_in_menus": True,
        "fields": {},
        "body": [
            ("heading", {"text": "Wer wir sind", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Der KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V. ist "
                    "ein eingetragener, gemeinnütziger Verein mit Sitz in Berlin. Wir setzen uns "
                    "regional, bundesweit und international gegen Menschenhandel ein und dafür, "
                    "dass die Rechte der Betroffenen verwirklicht werden. In Deutschland und in "
                    "Europa ist der KOK die einzige Koordinierungsstelle mit diesem "
                    "Schwerpunkt.</p>"
                    "<p>Unser Fachwissen stammt aus der Praxis unserer Mitgliedsorganisationen. "
                    "Als Schnittstelle verbinden wir die Fachberatungsstellen mit Politik, "
                    "Öffentlichkeit und weiteren Partnern. So fließen die Erfahrungen aus der "
                    "Arbeit mit Betroffenen in politische Prozesse ein, und es entsteht ein "
                    "Wissenstransfer zwischen Praxis, Politik, Gesellschaft und Wissenschaft. "
                    "Maßgeblich für unsere Arbeit sind europäische und internationale "
                    "Konventionen.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Gegen Menschenhandel. Für Menschenrechte.",
                    "attribution": "Leitsatz des KOK",
                },
            ),
            ("heading", {"text": "Unsere Ziele", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>die Lebenssituation von Betroffenen von Menschenhandel und von "
                    "Migrantinnen, die Gewalt erlebt haben, verbessern,</li>"
                    "<li>ihre Rechte schaffen, wahren und durchsetzen,</li>"
                    "<li>nationale und internationale Standards im Umgang mit Betroffenen "
                    "umsetzen,</li>"
                    "<li>Ausbeutung vorbeugen – durch bessere rechtliche und strukturelle "
                    "Rahmenbedingungen,</li>"
                    "<li>eine Frauen- und Menschenrechtsperspektive in Politik und Gesellschaft "
                    "verankern,</li>"
                    "<li>die Fachberatungsstellen unterstützen und stärken.</li>"
                    "</ul>"
                    "<p>Im Mittelpunkt steht dabei die Interessenvertretung von Frauen*, "
                    "insbesondere von Migrantinnen*.</p>"
                ),
            ),
            ("heading", {"text": "Unsere Mitglieder", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Gegründet wurde der KOK 1999 von Organisationen, die gegen Menschenhandel "
                    "arbeiten. Heute gehören 42 Mitgliedsorganisationen dazu (Stand: 2022). Unter "
                    "ihnen sind fast alle spezialisierten Fachberatungsstellen für Betroffene von "
                    "Menschenhandel in Deutschland – solche Beratungsstellen gibt es hierzulande "
                    "seit den 1980er-Jahren. Zu unseren Mitgliedern zählen:</p>"
                    "<ul>"
                    "<li>spezialisierte Fachberatungsstellen für Betroffene von "
                    "Menschenhandel,</li>"
                    "<li>Frauenhäuser und Zufluchtswohnungen,</li>"
                    "<li>autonome Migrantinnen*projekte,</li>"
                    "<li>Frauenrechts- und Menschenrechtsorganisationen,</li>"
                    "<li>Wohlfahrtsverbände.</li>"
                    "</ul>"
                    "<p>So verschieden unsere Mitglieder sind: Seit vielen Jahren bündeln sie "
                    "erfolgreich ihre Kräfte gegen Menschenhandel und für den Schutz der "
                    "Betroffenen.</p>"
                ),
            ),
            ("heading", {"text": "Die Geschäftsstelle", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Geschäfts- und Koordinationsstelle des KOK wurde im Dezember 1999 in "
                    "Potsdam eingerichtet und zog im Dezember 2006 nach Berlin. Sie wird zum "
                    "großen Teil aus Zuschüssen des Bundesministeriums für Familie, Senioren, "
                    "Frauen und Jugend (BMFSFJ) finanziert, außerdem aus Mitgliedsbeiträgen und "
                    "Spenden. Ein hauptamtliches Team – Geschäftsführung, Referentinnen, "
                    "Assistenz, Öffentlichkeitsarbeit und Verwaltung – kümmert sich um diese "
                    "Aufgaben:</p>"
                    "<ul>"
                    "<li>die Interessen der Mitgliedsorganisationen – und damit der Praxis – auf "
                    "Bundesebene vertreten,</li>"
                    "<li>die Mitglieder untereinander und mit anderen Akteuren vernetzen, etwa "
                    "durch regelmäßige Veranstaltungen und die Mitarbeit in Gremien,</li>"
                    "<li>Öffentlichkeits- und Lobbyarbeit: Stellungnahmen, Politikberatung und "
                    "Fachtagungen,</li>"
                    "<li>Bildungsarbeit und Wissenstransfer: Studien, Publikationen, Expertisen, "
                    "Artikel, Schulungen und Vorträge sowie ausführliche Informationen auf dieser "
                    "Website,</li>"
                    "<li>internationale Arbeit, zum Beispiel in Projektpartnerschaften und mit "
                    "Parallelberichten.</li>"
                    "</ul>"
                    "<p>Wir schulen unter anderem Behörden wie das Bundeskriminalamt (BKA), das "
                    "Bundesamt für Migration und Flüchtlinge (BAMF) und die Bundespolizei, "
                    "begleiten die Umsetzung von Konventionen der Vereinten Nationen und des "
                    "Europarats und werten einschlägige Urteile in einer Rechtsprechungsdatenbank "
                    "aus.</p>"
                ),
            ),
            ("heading", {"text": "Das Team der Geschäftsstelle", "level": "h3"}),
            ("people", {"group": "team"}),
            ("heading", {"text": "Der Vorstand", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Der Vorstand hat mindestens drei und höchstens fünf Mitglieder. Sie werden "
                    "jeweils für zwei Jahre gewählt und arbeiten ehrenamtlich. Der Vorstand "
                    "vertritt den KOK gerichtlich und außergerichtlich in allen Angelegenheiten. "
                    "Er arbeitet eng mit der Geschäftsstelle zusammen, die ihn bei seinen Aufgaben "
                    "unterstützt.</p>"
                ),
            ),
            ("people", {"group": "board"}),
        ],
        "children": [],
    },
    # Kontakt
    {
        "type": "home.StandardPage",
        "slug": "kontakt",
        "title": "Kontakt",
        "introduction": "So erreichen Sie die Geschäftsstelle des KOK in Berlin.",
        "search_description": (
            "Adresse, Telefon, Fax und E-Mail des KOK – und wie Sie eine Fachberatungsstelle für "
            "Betroffene finden."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            (
                "callout",
                {
                    "title": "In Gefahr?",
                    "text": (
                        "<p>Wenn Sie oder andere Menschen in akuter Gefahr sind, rufen Sie sofort "
                        'die <b>Polizei unter <a linktype="contact" key="emergency_police">110</a></b>. Im medizinischen Notfall wählen Sie '
                        '<b><a linktype="contact" key="emergency_ambulance">112</a></b>.</p>'
                    ),
                    "style": "warning",
                },
            ),
            ("heading", {"text": "Anschrift", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p><b>KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.</b></p>"
                    '<p><a linktype="contact" key="street">Lützowstr. 102–104, Hof 1, Aufgang A</a></p>'
                    '<p><a linktype="contact" key="city">10785 Berlin</a></p>'
                ),
            ),
            ("heading", {"text": "Telefon, Fax und E-Mail", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    '<li>Telefon: <a linktype="contact" key="phone">030 / 26 39 11 76</a></li>'
                    '<li>Fax: <a linktype="contact" key="fax">030 / 26 39 11 86</a></li>'
                    '<li>E-Mail: <a linktype="contact" key="email">info@kok-buero.de</a></li>'
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Beratung für Betroffene", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Die Geschäftsstelle des KOK ist selbst keine Beratungsstelle. Wir "
                    "vermitteln Sie aber gern an eine Fachberatungsstelle in Ihrer Nähe. Unsere "
                    "Mitgliedsorganisationen beraten kostenlos und vertraulich, auf Wunsch anonym "
                    "und mit Dolmetscher*innen.</p>"
                    "<p>Frauen, die Gewalt erleben, erreichen das Hilfetelefon Gewalt gegen Frauen "
                    'jederzeit kostenlos unter <a linktype="contact" key="womens_helpline">116 016</a>. Mehr dazu unter <a '
                    'href="https://www.hilfetelefon.de/">www.hilfetelefon.de</a>.</p>'
                ),
            ),
            (
                "callout",
                {
                    "title": "Sicher Kontakt aufnehmen",
                    "text": (
                        "<p>Eine normale E-Mail ist nicht verschlüsselt. Wenn andere Menschen Ihr "
                        "Postfach oder Ihr Handy sehen können, schreiben Sie nur das Nötigste. "
                        "Löschen Sie die Nachricht danach auch im Ordner „Gesendet“ und im "
                        "Papierkorb. Weitere Tipps finden Sie auf der Seite „Sicher surfen“.</p>"
                    ),
                    "style": "info",
                },
            ),
        ],
        "children": [],
    },
    # Sicher surfen
    {
        "type": "home.StandardPage",
        "slug": "sicher-surfen",
        "title": "Sicher surfen",
        "introduction": (
            "Hier erfahren Sie, wie Sie diese Website nutzen können, ohne dass andere Menschen "
            "Spuren davon finden."
        ),
        "search_description": (
            "Tipps für einen unauffälligen Besuch: Seite schnell verlassen, privates Fenster "
            "öffnen, Verlauf löschen."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            (
                "callout",
                {
                    "title": "Seite schnell verlassen",
                    "text": (
                        "<p>Oben auf jeder Seite finden Sie den Knopf „Seite schnell verlassen“. "
                        "Er bringt Sie sofort auf eine unverfängliche Seite, zum Beispiel einen "
                        "Wetterbericht. Am Computer können Sie auch dreimal schnell hintereinander "
                        "die Umschalttaste (Shift) drücken.</p>"
                        "<p>Das macht der Knopf: Er ersetzt die Seiten dieser Website in diesem "
                        "Tab durch die unverfängliche Seite. Mit der Zurück-Taste kommt danach "
                        "niemand hierher zurück. Die Zurück-Taste führt dann zu der Seite, die vor "
                        "dieser Website offen war. Das klappt nur, wenn JavaScript im Browser "
                        "eingeschaltet ist. Meistens ist das so.</p>"
                        "<p>Deshalb führt die Zurück-Taste auch beim Lesen nicht zur vorherigen "
                        "Seite dieser Website. Nutzen Sie dafür den Link „Zurück zur vorherigen "
                        "Seite“ oben auf der Seite.</p>"
                        "<p>Das kann der Knopf nicht: Er löscht nichts aus dem Verlauf Ihres "
                        "Browsers. Der Verlauf ist die Liste aller besuchten Seiten. Am Computer "
                        "öffnen Sie ihn meist mit Strg + H. Dort stehen die Seiten dieser Website "
                        "weiter. Der Browser kann ihre Adresse auch vorschlagen, wenn jemand etwas "
                        "in die Adresszeile tippt. Sind Sie im Browser angemeldet, zum Beispiel mit "
                        "einem Google-Konto? Dann kann der Verlauf auch auf Ihren anderen Geräten "
                        "stehen. Andere Tabs mit dieser Website bleiben offen.</p>"
                        "<p>Nutzen Sie deshalb am besten ein privates Fenster. Oder löschen Sie "
                        "danach den Verlauf, wenn Sie können. Wie das geht, lesen Sie weiter "
                        "unten.</p>"
                    ),
                    "style": "warning",
                },
            ),
            ("heading", {"text": "Was diese Website tut – und was nicht", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Diese Website setzt für Besucherinnen und Besucher keine Cookies. Sie lädt "
                    "nichts von anderen Servern: keine Schriften, keine Karten, keine Videos, "
                    "keine Werbung und keine Statistikprogramme. Andere Anbieter erfahren also "
                    "nicht über diese Website, dass Sie hier waren. Ihr Internetanbieter oder die "
                    "Betreiber eines WLANs können allerdings sehen, dass Sie diese Website "
                    "aufgerufen haben.</p>"
                    "<p>Spuren entstehen vor allem auf Ihrem eigenen Gerät: im Verlauf des "
                    "Browsers, in Suchvorschlägen, bei Downloads und – wenn Sie eine Telefonnummer "
                    "antippen – in der Anrufliste. Auch Wörter, die Sie in die Suche dieser "
                    "Website eingeben, können im Verlauf stehen.</p>"
                ),
            ),
            ("heading", {"text": "Privates Fenster nutzen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In einem privaten Fenster speichert Ihr Browser keinen Verlauf und löscht "
                    "Cookies, sobald Sie das Fenster schließen. So öffnen Sie ein privates "
                    "Fenster:</p>"
                    "<ul>"
                    "<li><b>Chrome:</b> Menü (drei Punkte) → „Neues Inkognitofenster“ oder Strg + "
                    "Umschalt + N</li>"
                    "<li><b>Firefox:</b> Menü (drei Striche) → „Neues privates Fenster“ oder Strg "
                    "+ Umschalt + P</li>"
                    "<li><b>Safari auf dem iPhone:</b> Tabs-Symbol antippen → „Privat“ wählen</li>"
                    "<li><b>Samsung Internet:</b> Tabs-Symbol antippen → „Geheimmodus“ "
                    "einschalten</li>"
                    "<li><b>Microsoft Edge:</b> Menü (drei Punkte) → „Neues InPrivate-Fenster“ "
                    "oder Strg + Umschalt + N</li>"
                    "</ul>"
                    "<p>Auf einem Mac drücken Sie statt Strg die Befehlstaste (⌘). Ein privates "
                    "Fenster schützt aber nicht vor Überwachungsprogrammen auf dem Gerät und nicht "
                    "vor Blicken über Ihre Schulter.</p>"
                ),
            ),
            ("heading", {"text": "Verlauf löschen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wenn plötzlich der ganze Verlauf fehlt, kann das auffallen. Manchmal ist "
                    "es unauffälliger, nur einzelne Einträge zu löschen. In den meisten Browsern "
                    "öffnen Sie dazu den Verlauf und entfernen dort die Seiten, die niemand sehen "
                    "soll.</p>"
                ),
            ),
            (
                "faq",
                {
                    "title": "So löschen Sie den Verlauf in Ihrem Browser",
                    "items": [
                        {
                            "question": "Chrome (Computer und Android)",
                            "answer": (
                                "<p>Am Computer: Menü (drei Punkte) → „Verlauf“ → „Browserdaten "
                                "löschen“ oder Strg + Umschalt + Entf. Auf dem Handy: Menü (drei "
                                "Punkte) → „Verlauf“ → „Browserdaten löschen“. Wählen Sie einen "
                                "Zeitraum und mindestens „Browserverlauf“.</p>"
                                "<p>Einzelne Seiten löschen: Öffnen Sie den Verlauf (am Computer "
                                "mit Strg + H) und entfernen Sie nur die Einträge, die niemand "
                                "sehen soll.</p>"
                            ),
                        },
                        {
                            "question": "Firefox (Computer und Android)",
                            "answer": (
                                "<p>Firefox nennt den Verlauf „Chronik“. Am Computer: Menü (drei "
                                "Striche) → „Chronik“ → „Neueste Chronik löschen“ oder Strg + "
                                "Umschalt + Entf. Einzelne Seiten löschen Sie in der Chronik mit "
                                "einem Rechtsklick → „Seite löschen“.</p>"
                                "<p>Auf dem Handy: Menü (drei Punkte) → „Chronik“. Dort können Sie "
                                "einzelne Einträge oder die ganze Chronik löschen. Die "
                                "Bezeichnungen können je nach Version etwas abweichen.</p>"
                            ),
                        },
                        {
                            "question": "Safari (iPhone, iPad und Mac)",
                            "answer": (
                                "<p>Auf dem iPhone und iPad: Einstellungen → Safari (bei neueren "
                                "Versionen: Einstellungen → Apps → Safari) → „Verlauf und "
                                "Websitedaten löschen“. Einzelne Einträge: In Safari das "
                                "Buch-Symbol antippen → Uhr-Symbol → Eintrag nach links wischen → "
                                "„Löschen“.</p>"
                                "<p>Auf dem Mac: Menü „Verlauf“ → „Verlauf löschen …“.</p>"
                            ),
                        },
                        {
                            "question": "Samsung Internet",
                            "answer": (
                                "<p>Menü (drei Striche) → „Verlauf“. Dort können Sie einzelne "
                                "Einträge oder den ganzen Verlauf löschen. Alle Browserdaten auf "
                                "einmal löschen Sie über Menü → „Einstellungen“ → „Browserdaten "
                                "löschen“ (je nach Version unter „Persönliche Browserdaten“ oder "
                                "„Datenschutz“).</p>"
                            ),
                        },
                        {
                            "question": "Microsoft Edge",
                            "answer": (
                                "<p>Menü (drei Punkte) → „Verlauf“ oder Strg + H. Einzelne "
                                "Einträge entfernen Sie mit dem X neben dem Eintrag. Alles auf "
                                "einmal: Strg + Umschalt + Entf → Zeitraum wählen → „Jetzt "
                                "löschen“.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Handy, gemeinsame Geräte und Anrufe", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Wenn andere Menschen Ihr Handy oder Ihren Computer benutzen oder "
                    "kontrollieren, nutzen Sie wenn möglich ein anderes Gerät – zum Beispiel bei "
                    "einer Person, der Sie vertrauen, oder in einer Bibliothek.</li>"
                    "<li>Ist Ihr Browser mit einem Konto verbunden (zum Beispiel Google, Apple, "
                    "Samsung oder Microsoft), kann der Verlauf auch auf anderen Geräten mit diesem "
                    "Konto zu sehen sein.</li>"
                    "<li>Wenn Sie auf dieser Website eine Telefonnummer antippen, erscheint der "
                    "Anruf in der Anrufliste Ihres Telefons. Löschen Sie den Eintrag danach, wenn "
                    "nötig.</li>"
                    "<li>Auch Lesezeichen, Downloads und Bildschirmfotos können Spuren sein.</li>"
                    "<li>Manche Programme überwachen ein Handy heimlich. Wenn Sie das befürchten, "
                    "sprechen Sie mit einer Beratungsstelle – am besten von einem anderen Gerät "
                    "aus.</li>"
                    "</ul>"
                ),
            ),
        ],
        "children": [],
    },
    # Impressum
    {
        "type": "home.StandardPage",
        "slug": "impressum",
        "title": "Impressum",
        "introduction": "Angaben zum Anbieter dieser Website.",
        "search_description": (
            "Impressum des KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            ("heading", {"text": "Angaben gemäß § 5 DDG", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V.</p>"
                    '<p><a linktype="contact" key="street">Lützowstr. 102–104, Hof 1, Aufgang A</a></p>'
                    '<p><a linktype="contact" key="city">10785 Berlin</a></p>'
                ),
            ),
            ("heading", {"text": "Kontakt", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    '<li>Telefon: <a linktype="contact" key="phone">030 / 26 39 11 76</a></li>'
                    '<li>Fax: <a linktype="contact" key="fax">030 / 26 39 11 86</a></li>'
                    '<li>E-Mail: <a linktype="contact" key="email">info@kok-buero.de</a></li>'
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Links zu anderen Websites", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Diese Website enthält Links zu Websites anderer Anbieter. Für deren "
                    "Inhalte sind allein die jeweiligen Anbieter verantwortlich. Als wir die Links "
                    "gesetzt haben, waren keine rechtswidrigen Inhalte erkennbar. Erfahren wir von "
                    "einer Rechtsverletzung, entfernen wir den betreffenden Link umgehend.</p>"
                ),
            ),
        ],
        "children": [],
    },
    # Datenschutz
    {
        "type": "home.StandardPage",
        "slug": "datenschutz",
        "title": "Datenschutz",
        "introduction": (
            "Wir erheben so wenige Daten wie möglich. Hier lesen Sie, welche Daten beim Besuch "
            "dieser Website entstehen und welche Rechte Sie haben."
        ),
        "search_description": (
            "Datenschutzerklärung: keine Cookies, kein Tracking, keine Inhalte Dritter – und Ihre "
            "Rechte nach der DSGVO."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            (
                "callout",
                {
                    "title": "Kurz gesagt",
                    "text": (
                        "<ul>"
                        "<li>Keine Cookies für Besucherinnen und Besucher</li>"
                        "<li>Keine Statistik- oder Tracking-Programme</li>"
                        "<li>Keine Inhalte von anderen Servern</li>"
                        "<li>Server-Logdateien werden höchstens 7 Tage aufbewahrt</li>"
                        "</ul>"
                    ),
                    "style": "info",
                },
            ),
            ("heading", {"text": "Verantwortlich", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>KOK – Bundesweiter Koordinierungskreis gegen Menschenhandel e.V., "
                    '<a linktype="contact" key="street">Lützowstr. 102–104, Hof 1, Aufgang A</a>, <a linktype="contact" key="city">10785 Berlin</a>. E-Mail: '
                    '<a linktype="contact" key="email">info@kok-buero.de</a>, Telefon: <a linktype="contact" key="phone">030 / 26 39 11 76</a>.</p>'
                ),
            ),
            ("heading", {"text": "Beim Besuch dieser Website", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wenn Sie eine Seite aufrufen, schickt Ihr Browser technisch notwendige "
                    "Daten an unseren Server. Der Server hält dabei in Logdateien fest: die "
                    "IP-Adresse, Datum und Uhrzeit, die aufgerufene Seite und Angaben zum Browser. "
                    "Wir nutzen diese Daten nur, um die Website sicher zu betreiben, etwa um "
                    "Angriffe zu erkennen und abzuwehren. Die Logdateien werden nach höchstens 7 "
                    "Tagen gelöscht.</p>"
                    "<p>Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO. Unser berechtigtes "
                    "Interesse ist ein sicherer und störungsfreier Betrieb der Website.</p>"
                ),
            ),
            (
                "heading",
                {"text": "Keine Cookies, kein Tracking, keine Inhalte Dritter", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Wir setzen für Besucherinnen und Besucher keine Cookies und verwenden "
                    "keine Programme zur Reichweitenmessung oder zum Tracking. Schriften, Skripte, "
                    "Bilder und Grafiken kommen ausschließlich von unserem eigenen Server. Wir "
                    "binden keine Karten, Videos oder Inhalte sozialer Netzwerke ein. Videos "
                    "anderer Anbieter verlinken wir nur. Erst wenn Sie einem solchen Link folgen, "
                    "verlassen Sie unsere Website; dann gelten die Datenschutzregeln des anderen "
                    "Anbieters.</p>"
                ),
            ),
            ("heading", {"text": "Suche", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wenn Sie die Suche auf dieser Website nutzen, verarbeiten wir Ihren "
                    "Suchbegriff nur, um Ihnen passende Ergebnisse anzuzeigen. Wir speichern "
                    "Suchanfragen nicht zusammen mit personenbezogenen Daten. Die Adresse der "
                    "Ergebnisseite enthält den Suchbegriff; sie kann deshalb in den Logdateien "
                    "(höchstens 7 Tage) und im Verlauf Ihres Browsers stehen.</p>"
                ),
            ),
            ("heading", {"text": "Wenn Sie uns schreiben", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wenn Sie uns eine E-Mail schicken, verwenden wir Ihre Angaben nur, um Ihre "
                    "Anfrage zu bearbeiten.</p>"
                ),
            ),
            ("heading", {"text": "Anmeldung für die Redaktion", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nur die Redaktion meldet sich im Verwaltungsbereich dieser Website an. "
                    "Dabei werden technisch notwendige Cookies gesetzt, zum Beispiel ein "
                    "Sitzungs-Cookie. Für Besucherinnen und Besucher der öffentlichen Seiten gilt "
                    "das nicht.</p>"
                ),
            ),
            ("heading", {"text": "Ihre Rechte", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Nach der Datenschutz-Grundverordnung (DSGVO) haben Sie das Recht auf</p>"
                    "<ul>"
                    "<li>Auskunft über die Daten, die wir über Sie verarbeiten (Art. 15 "
                    "DSGVO),</li>"
                    "<li>Berichtigung falscher Daten (Art. 16 DSGVO),</li>"
                    "<li>Löschung Ihrer Daten (Art. 17 DSGVO),</li>"
                    "<li>Einschränkung der Verarbeitung (Art. 18 DSGVO),</li>"
                    "<li>Widerspruch gegen die Verarbeitung (Art. 21 DSGVO).</li>"
                    "</ul>"
                    "<p>Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren "
                    "(Art. 77 DSGVO). Für uns zuständig ist die Berliner Beauftragte für "
                    "Datenschutz und Informationsfreiheit (<a "
                    'href="https://www.datenschutz-berlin.de/">www.datenschutz-berlin.de</a>).</p>'
                ),
            ),
            ("heading", {"text": "Fragen zum Datenschutz", "level": "h2"}),
            (
                "paragraph",
                (
                    '<p>Schreiben Sie uns an <a linktype="contact" key="email">info@kok-buero.de</a> oder per Post an die oben genannte '
                    "Anschrift.</p>"
                ),
            ),
        ],
        "children": [],
    },
    # Erklärung zur Barrierefreiheit
    {
        "type": "home.StandardPage",
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "introduction": (
            "Wir möchten, dass alle Menschen diese Website gut nutzen können. Hier beschreiben "
            "wir, wie weit wir damit sind."
        ),
        "search_description": (
            "Wie barrierefrei diese Website ist, was noch fehlt und wie Sie uns Barrieren melden "
            "können."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            (
                "paragraph",
                (
                    "<p>Der KOK möchte seine Website für alle Menschen zugänglich machen. Maßstab "
                    "sind die Web Content Accessibility Guidelines (WCAG) 2.1 auf der Stufe AA, "
                    "wie sie die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und die "
                    "europäische Norm EN 301 549 vorsehen.</p>"
                ),
            ),
            ("heading", {"text": "Stand der Barrierefreiheit", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Diese Website ist teilweise barrierefrei. Folgende Angebote sind noch im "
                    "Aufbau:</p>"
                    "<ul>"
                    "<li><b>Leichte Sprache:</b> Bisher gibt es eine kurze Einführung. Weitere "
                    "Texte folgen.</li>"
                    "<li><b>Deutsche Gebärdensprache (DGS):</b> Videos werden gerade "
                    "vorbereitet.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Was wir schon tun", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Bilder können in unserem System nur mit einem Alternativtext "
                    "veröffentlicht werden.</li>"
                    "<li>Aufklappbare Fragen und Antworten funktionieren auch ohne JavaScript.</li>"
                    "<li>Die Website lädt keine Inhalte von anderen Servern.</li>"
                    "<li>Wichtige Informationen für Betroffene beginnen mit einer kurzen Erklärung "
                    "in einfachen Worten.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Barrieren melden", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Ist Ihnen eine Barriere aufgefallen? Oder brauchen Sie einen Inhalt in "
                    'einer anderen Form? Dann schreiben Sie uns an <a linktype="contact" key="email">info@kok-buero.de</a> oder rufen '
                    'Sie an: <a linktype="contact" key="phone">030 / 26 39 11 76</a>. Per Fax erreichen Sie uns unter '
                    '<a linktype="contact" key="fax">030 / 26 39 11 86</a>.</p>'
                ),
            ),
            ("heading", {"text": "Schlichtungsverfahren", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort bekommen, "
                    "können Sie sich an die Schlichtungsstelle nach § 16 "
                    "Behindertengleichstellungsgesetz (BGG) wenden. Sie hilft, Streit über "
                    "Barrierefreiheit außergerichtlich zu lösen. Das Schlichtungsverfahren ist "
                    "kostenlos, und Sie brauchen keinen Rechtsbeistand. Mehr erfahren Sie unter <a "
                    'href="https://www.schlichtungsstelle-bgg.de/">'
                    "www.schlichtungsstelle-bgg.de</a>.</p>"
                ),
            ),
            ("heading", {"text": "Datum dieser Erklärung", "level": "h2"}),
            ("paragraph", "<p>Diese Erklärung wurde im November 2026 erstellt.</p>"),
        ],
        "children": [],
    },
    # Leichte Sprache
    {
        "type": "home.StandardPage",
        "slug": "leichte-sprache",
        "title": "Leichte Sprache",
        "introduction": (
            "Hier erklären wir in Leichter Sprache: Was ist der KOK? Und wo bekommen Sie Hilfe?"
        ),
        "search_description": (
            "Informationen in Leichter Sprache: Was der KOK macht und wo Sie Hilfe bekommen."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            ("heading", {"text": "Was ist der KOK?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Der KOK ist ein Verein.</p>"
                    "<p>Der Verein ist in Berlin.</p>"
                    "<p>Im KOK arbeiten viele Beratungs·stellen zusammen.</p>"
                    "<p>Die Beratungs·stellen helfen Menschen.</p>"
                    "<p>Diese Menschen wurden ausgebeutet.</p>"
                    "<p>Ausgebeutet heißt zum Beispiel:</p>"
                    "<ul>"
                    "<li>Sie müssen für andere Menschen arbeiten.</li>"
                    "<li>Sie bekommen dafür kein Geld.</li>"
                    "<li>Oder Sie bekommen sehr wenig Geld.</li>"
                    "<li>Sie dürfen nicht weg·gehen.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Was ist Menschen·handel?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Menschen·handel ist ein Verbrechen.</p>"
                    "<p>Zum Beispiel:</p>"
                    "<ul>"
                    "<li>Jemand lügt Sie an.</li>"
                    "<li>Jemand droht Ihnen.</li>"
                    "<li>Jemand tut Ihnen weh.</li>"
                    "</ul>"
                    "<p>Dann müssen Sie Dinge tun.</p>"
                    "<p>Sie wollen diese Dinge nicht tun.</p>"
                    "<p>Andere Menschen verdienen damit Geld.</p>"
                    "<p>Das ist verboten.</p>"
                    "<p>Sie sind nicht schuld.</p>"
                ),
            ),
            ("heading", {"text": "Wo bekommen Sie Hilfe?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sie können zu einer Beratungs·stelle gehen.</p>"
                    "<p>Die Beratung kostet nichts.</p>"
                    "<p>Sie brauchen keinen Ausweis.</p>"
                    "<p>Jemand kann für Sie über·setzen.</p>"
                    "<p>Die Beratung ist vertraulich.</p>"
                    "<p>Das heißt: Die Beratungs·stelle gibt Ihre Informationen nicht einfach an "
                    "andere weiter.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Rufen Sie den KOK an.</p>"
                    '<p>Die Telefon·nummer ist: <a linktype="contact" key="phone">030 / 26 39 11 76</a>.</p>'
                    "<p>Der KOK sagt Ihnen: Hier ist eine Beratungs·stelle in Ihrer Nähe.</p>"
                ),
            ),
            (
                "callout",
                {
                    "title": "Sie sind in Gefahr?",
                    "text": (
                        "<p>Rufen Sie die Polizei an.</p>"
                        '<p>Die Nummer ist: <a linktype="contact" key="emergency_police">110</a>.</p>'
                        "<p>Der Anruf kostet nichts.</p>"
                    ),
                    "style": "help",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Sie sind eine Frau?</p>"
                    "<p>Sie erleben Gewalt?</p>"
                    "<p>Dann rufen Sie das Hilfe·telefon an.</p>"
                    '<p>Die Nummer ist: <a linktype="contact" key="womens_helpline">116 016</a>.</p>'
                    "<p>Das Hilfe·telefon ist immer da.</p>"
                    "<p>Auch in der Nacht.</p>"
                    "<p>Der Anruf kostet nichts.</p>"
                ),
            ),
            ("heading", {"text": "Mehr Seiten in Leichter Sprache", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Es gibt noch mehr Seiten in Leichter Sprache.</p>"
                    "<p>Auf diesen Seiten lesen Sie zum Beispiel:</p>"
                    "<ul>"
                    "<li>Was ist Menschen·handel?</li>"
                    "<li>Welche Formen von Ausbeutung gibt es?</li>"
                    "<li>Wo bekommen Sie Hilfe?</li>"
                    "<li>Wie surfen Sie sicher im Internet?</li>"
                    "</ul>"
                    "<p>Hier kommen Sie zu diesen Seiten: "
                    '<a href="/de-x-ls/">Start·seite in Leichter Sprache</a>.</p>'
                ),
            ),
            ("heading", {"text": "Bald gibt es mehr", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Wir schreiben noch mehr Texte in Leichter Sprache.</p>"
                    "<p>Die Texte kommen bald auf diese Internet·seite.</p>"
                ),
            ),
        ],
        "children": [],
    },
    # Gebärdensprache
    {
        "type": "home.StandardPage",
        "slug": "gebaerdensprache",
        "title": "Gebärdensprache",
        "introduction": "Hier finden Sie bald Videos in Deutscher Gebärdensprache (DGS).",
        "search_description": (
            "Informationen in Deutscher Gebärdensprache: Videos sind in Vorbereitung. So erreichen "
            "Sie uns bis dahin."
        ),
        "show_in_menus": False,
        "fields": {},
        "body": [
            (
                "paragraph",
                (
                    "<p>Wir bereiten Videos in Deutscher Gebärdensprache (DGS) vor. Sobald sie "
                    "fertig sind, finden Sie sie auf dieser Seite.</p>"
                ),
            ),
            # Until KOK has the recordings: the block says the video is coming (no player).
            (
                "video",
                {"title": "Informationen in Deutscher Gebärdensprache", "captions_language": "de"},
            ),
            ("heading", {"text": "So erreichen Sie uns bis dahin", "level": "h2"}),
            (
                "paragraph",
                (
                    '<p>Schreiben Sie uns eine E-Mail an <a linktype="contact" key="email">info@kok-buero.de</a> oder ein Fax an '
                    '<a linktype="contact" key="fax">030 / 26 39 11 86</a>. Wir vermitteln Sie gern an eine Fachberatungsstelle in Ihrer '
                    "Nähe. Wenn Sie für ein Gespräch eine Dolmetscherin oder einen Dolmetscher für "
                    "Gebärdensprache brauchen, schreiben Sie uns das bitte gleich dazu.</p>"
                ),
            ),
        ],
        "children": [],
    },
]
