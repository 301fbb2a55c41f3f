"""Lines of notes in the languages of Windows-1252 and Windows-1250, as people write them: what
tests/test_codepages.py reads back from each code page (docs/dependencies.md quotes its counts)."""

WESTERN = {
    "Spanish": (
        "Llamé a mamá por WhatsApp, me contó que viene el domingo.\n"
        "¿Qué tal la cena? Carmen me llamó, se casa Ignacio. ¡Qué alegría!\n"
        "Videollamada con los primos, Carmen organizó. Mañana es el cumpleaños de la abuela.\n"
        "Comí con José en el café de la esquina, hablamos de la niña. Está en Múnich."
    ),
    "French": (
        "J'ai appelé maman, elle arrive dimanche. Café avec Hélène à la gare.\n"
        "Dîner chez les Lefèvre, c'était très agréable. Noël chez François, il a reçu un vélo.\n"
        "Où est passé Zoë ? Elle m'a écrit de Besançon. Anniversaire de grand-mère demain, acheter des fleurs.\n"
        "Déjeuner avec Cécile, on a parlé de l'été. Œuvre d'art à l'expo, très réussie."
    ),
    "German": (
        "Mit Mama telefoniert, sie kommt am Sonntag. Kaffee mit Jürgen am Bahnhof.\n"
        "Abendessen bei Müllers, es war sehr schön. Weihnachten bei Oma, sie hat das Paket bekommen.\n"
        "Grüße an Björn. Morgen Geburtstag von Großmutter, Blumen kaufen. Über die Straße zu Hänsel."
    ),
    "Portuguese": (
        "Liguei para a mãe, ela vem no domingo. Café com João na estação.\n"
        "Jantar na casa dos Simões, foi ótimo. Natal com a avó, ela recebeu o pacote.\n"
        "Amanhã é o aniversário da avó, comprar flores. Conversa com Inês sobre a situação."
    ),
    "Italian": (
        "Ho chiamato la mamma, arriva domenica. Caffè con Niccolò alla stazione.\n"
        "Cena dai Rossi, è stata molto piacevole. Natale dalla nonna, perché no? Così è la vita.\n"
        "Domani il compleanno della nonna, comprare i fiori. Più tardi con Mattia."
    ),
    "Swedish": (
        "Ringde mamma, hon kommer på söndag. Fika med Björn på stationen.\n"
        "Middag hos Åsa, det var mycket trevligt. Jul hos mormor, hon fick paketet.\n"
        "Imorgon fyller farmor år, köpa blommor. Träffade Göran på gården."
    ),
    "Danish": (
        "Ringede til mor, hun kommer på søndag. Kaffe med Søren på stationen.\n"
        "Middag hos Ærø-familien, det var meget hyggeligt. Jul hos bedstemor, hun fik pakken.\n"
        "I morgen har farmor fødselsdag, købe blomster. Mødte Bjørn ved søen."
    ),
    "Norwegian": (
        "Ringte mamma, hun kommer på søndag. Kaffe med Øystein på stasjonen.\n"
        "Middag hos Kjærsti, det var veldig hyggelig. Jul hos bestemor, hun fikk pakken.\n"
        "I morgen har farmor bursdag, kjøpe blomster. Møtte Håkon på kafé."
    ),
    "Icelandic": (
        "Hringdi í mömmu, hún kemur á sunnudaginn. Kaffi með Þóru á stöðinni.\n"
        "Kvöldmatur hjá Guðrúnu, það var mjög notalegt. Jól hjá ömmu, hún fékk pakkann."
    ),
    "Dutch": (
        "Mama gebeld, ze komt zondag. Koffie met Anaïs op het station.\n"
        "Diner bij de familie Coëlho, het was erg gezellig. Kerst bij oma, ze heeft het pakket ontvangen.\n"
        "Morgen is oma jarig, bloemen kopen. Café met René, hij gaat naar België."
    ),
    "Catalan": (
        "He trucat a la mare, ve diumenge. Cafè amb en Martí a l'estació.\n"
        "Sopar a ca la Núria, va ser molt agradable. Nadal amb l'àvia, col·lecció de segells.\n"
        "Demà és l'aniversari de l'àvia, comprar flors. Parlem amb la Mercè."
    ),
    "Finnish": (
        "Soitin äidille, hän tulee sunnuntaina. Kahvit Jäskeläisen kanssa asemalla.\n"
        "Illallinen Mäkisellä, oli todella mukavaa. Joulu mummolla, hän sai paketin.\n"
        "Huomenna isoäidin syntymäpäivä, ostaa kukkia. Tapasin Pääkkösen kaupassa."
    ),
    "English": (
        "Coffee with Zoë at the café – she’s moving to Zürich. “Great news,” she said.\n"
        "Lunch with José and Renée. Paid £20 for the tickets, 50% off. It’s 20°C today.\n"
        "Dinner at Noël’s place… naïve idea, but fun. Room of 30 m² for ½ the price. Meeting © 2026 • notes."
    ),
}
"""Saved in Windows-1252."""

CENTRAL = {
    "Polish": (
        "Rozmawiałam z babcią przez Skype. Babcia zadzwoniła, pytała o ślub.\n"
        "Spotkanie u Pawła na działce, było gorąco. Bożena przyjechała z Łodzi.\n"
        "Zadzwoniłam do cioci, źle się czuje. Wujek Paweł pracuje w Gdańsku od 2024.\n"
        "Kawa z Małgosią w Krakowie, opowiadała o pracy. Żona Tomka urodziła syna.\n"
        "Jutro imieniny Zosi, kupić kwiaty. Pożyczyłem mu książkę o historii Śląska."
    ),
    "Czech": (
        "Volal jsem s mámou, říkala, že přijede v neděli.\n"
        "Příliš žluťoučký kůň úpěl ďábelské ódy. Schůzka s Jiřím v kavárně na náměstí.\n"
        "Petr mi psal, že se stěhuje do Brna. Večeře u Dvořáků, bylo to moc příjemné.\n"
        "Zítra narozeniny babičky, koupit dárek. Tomáš slíbil, že zavolá příští týden."
    ),
    "Slovak": (
        "Volala som s mamou, povedala, že príde v nedeľu.\n"
        "Stretnutie s Ľubošom v kaviarni, veľmi príjemné. Ďurko mi písal z Košíc.\n"
        "Zajtra meniny starej mamy, kúpiť kvety. Večera u Šťastných, bolo to skvelé."
    ),
    "Hungarian": (
        "Felhívtam anyát, azt mondta, vasárnap jön.\n"
        "Találkozó Gáborral a kávézóban, nagyon kellemes volt. Erzsébet írt Győrből.\n"
        "Holnap nagymama születésnapja, virágot venni. Vacsora Szőkééknél, nagyszerű volt.\n"
        "Tünde üzent, hogy később érkezik. Árvíztűrő tükörfúrógép."
    ),
    "Croatian": (
        "Zvao sam mamu, rekla je da dolazi u nedjelju.\n"
        "Sastanak s Đurom u kafiću, bilo je ugodno. Ivana mi je pisala iz Čakovca.\n"
        "Sutra rođendan bake, kupiti cvijeće. Večera kod Šimića, bilo je odlično. Žarko je došao."
    ),
    "Slovene": (
        "Poklical sem mamo, rekla je, da pride v nedeljo.\n"
        "Srečanje z Žigo v kavarni, bilo je prijetno. Špela mi je pisala iz Celja.\n"
        "Jutri rojstni dan babice, kupiti rože. Večerja pri Kovačičevih."
    ),
    "Romanian": (
        "Am vorbit cu mama, a spus că vine duminică.\n"
        "Întâlnire cu Ştefan la cafenea, a fost plăcut. Ioana mi-a scris din Timişoara.\n"
        "Mâine e ziua bunicii, să cumpăr flori. Cină la familia Ţurcanu."
    ),
}
"""Saved in Windows-1250 (or ISO-8859-2)."""
