"""The demo help desk: organizations, people, teams, categories and typical requests."""

from typing import Any

DEMO_PASSWORD = "sportello-demo"

ORGANIZATIONS: list[dict[str, Any]] = [
    {
        "name": "Comune di Verona",
        "shared_tickets": False,
        "departments": ["Anagrafe", "Ragioneria", "Servizi Sociali", "Ufficio Tecnico"],
        "locations": [
            ("Palazzo Barbieri", "Piazza Brà 1, Verona"),
            ("Sede di Via Pallone", "Via Pallone 16, Verona"),
        ],
        "customers": [
            ("Giulia Bianchi", "giulia.bianchi"),
            ("Marco Rossi", "marco.rossi"),
            ("Francesca Romano", "francesca.romano"),
            ("Luca Ferrari", "luca.ferrari"),
            ("Chiara Esposito", "chiara.esposito"),
            ("Paolo Ricci", "paolo.ricci"),
        ],
    },
    {
        "name": "Clínica Santa Ana",
        "shared_tickets": True,
        "departments": ["Admisiones", "Radiología", "Farmacia", "Recursos Humanos"],
        "locations": [
            ("Edificio Central", "Calle Mayor 12, Madrid"),
            ("Centro de Especialidades", "Avenida de América 40, Madrid"),
        ],
        "customers": [
            ("Lucía García", "lucia.garcia"),
            ("Javier Martínez", "javier.martinez"),
            ("Carmen López", "carmen.lopez"),
            ("Pablo Sánchez", "pablo.sanchez"),
            ("Élodie Martin", "elodie.martin"),
        ],
    },
]

TEAMS: list[dict[str, Any]] = [
    {
        "name": "Service Desk",
        "tier": 1,
        "description": "First line: every request starts here.",
        "agents": [
            ("Anna Conti", "anna.conti"),
            ("Diego Torres", "diego.torres"),
            ("Sophie Bernard", "sophie.bernard"),
        ],
    },
    {
        "name": "Network",
        "tier": 2,
        "description": "Switches, Wi-Fi, VPN and cabling.",
        "agents": [("Nicolas Dubois", "nicolas.dubois"), ("Elena Moretti", "elena.moretti")],
    },
    {
        "name": "Telephony",
        "tier": 2,
        "description": "Desk phones, lines and the switchboard.",
        "agents": [("Tomás Navarro", "tomas.navarro")],
    },
    {
        "name": "Applications",
        "tier": 2,
        "description": "Business applications, accounts and licences.",
        "agents": [("Camille Laurent", "camille.laurent")],
    },
]

CATEGORIES: list[dict[str, Any]] = [
    {
        "name": "Computer problem",
        "team": "Service Desk",
        "fields": [
            {
                "key": "operating_system",
                "label": "Operating system",
                "type": "choice",
                "choices": ["Windows 11", "Windows 10", "macOS", "Ubuntu Linux"],
                "required": True,
            },
            {"key": "memory_gb", "label": "Memory (GB)", "type": "integer"},
            {
                "key": "asset_tag",
                "label": "Asset tag",
                "type": "text",
                "pattern": "[A-Z]{2}-[0-9]{4}",
            },
        ],
        "subjects": [
            "Laptop does not boot after the update",
            "Computer very slow since this morning",
            "Blue screen when opening the spreadsheet",
            "Il PC si spegne da solo",
            "El ordenador no arranca",
            "L'écran reste noir au démarrage",
            "Disk almost full, cannot save documents",
        ],
    },
    {
        "name": "Telephony",
        "team": "Telephony",
        "fields": [
            {
                "key": "line_number",
                "label": "Line number",
                "type": "text",
                "pattern": "\\+?[0-9 ]{6,20}",
                "required": True,
            },
            {"key": "extension", "label": "Extension", "type": "text"},
        ],
        "subjects": [
            "Desk phone has no dial tone",
            "Cannot transfer calls to the switchboard",
            "Il telefono non squilla",
            "No se oye al interlocutor",
            "Voicemail PIN reset",
        ],
    },
    {
        "name": "Network and Wi-Fi",
        "team": "Network",
        "fields": [
            {"key": "room", "label": "Room", "type": "text", "required": True},
            {"key": "wired", "label": "Wired connection", "type": "boolean"},
        ],
        "subjects": [
            "No network in meeting room",
            "Wi-Fi drops every few minutes",
            "VPN does not connect from home",
            "La rete è lentissima al secondo piano",
            "Pas d'accès au réseau dans le bureau",
        ],
    },
    {
        "name": "Printer",
        "team": "Service Desk",
        "fields": [
            {"key": "printer_model", "label": "Printer model", "type": "text", "required": True},
            {"key": "error_code", "label": "Error code", "type": "text"},
        ],
        "subjects": [
            "Printer jams on every page",
            "Cannot print from the accounting software",
            "La stampante non stampa a colori",
            "La impresora muestra error E-502",
        ],
    },
    {
        "name": "Accounts and access",
        "team": "Applications",
        "fields": [
            {
                "key": "system",
                "label": "System",
                "type": "choice",
                "choices": ["Email", "ERP", "Records", "VPN", "Intranet"],
                "required": True,
            },
        ],
        "subjects": [
            "Password expired, cannot sign in",
            "New employee needs an account",
            "Access to the shared folder denied",
            "Necesito acceso al sistema de historias clínicas",
            "Account bloccato dopo tre tentativi",
        ],
    },
]

REPLIES = [
    "Thanks for reporting this. Could you tell us when it started and whether a restart helps?",
    "We are looking into it; I will update you within the hour.",
    "Could you send a photo of the error message?",
    "I have connected remotely and I am checking the logs now.",
]
CUSTOMER_REPLIES = [
    "It started yesterday afternoon; restarting did not help.",
    "Here is the photo of the message.",
    "Yes, it happens on every attempt.",
    "Grazie, ora provo.",
    "Gracias, ya funciona.",
]
INTERNAL_NOTES = [
    "Known issue with the last driver update; see the vendor advisory.",
    "User's machine is out of warranty; consider replacement.",
    "Checked the switch port: errors on port 14.",
]
RESOLUTIONS = [
    "Rolled back the display driver and blocked the faulty update.",
    "Replaced the network cable and re-patched the port.",
    "Reset the password and unlocked the account.",
    "Cleared the print queue and updated the printer firmware.",
    "Reconfigured the line on the switchboard.",
    "Freed disk space and moved the archive to the file server.",
]
