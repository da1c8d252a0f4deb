"""The demo knowledge base: articles in four languages, two guides and a past bulletin."""

from typing import Any

# (category, language, title, body, tags); published for customers unless "internal" is set.
ARTICLES: list[dict[str, Any]] = [
    {
        "category": "Computer problem",
        "language": "en",
        "title": "Laptop does not boot after a Windows update",
        "tags": ["windows", "boot", "update"],
        "body": (
            "## Symptoms\nAfter an update the laptop shows a black screen or restarts "
            "in a loop.\n\n"
            "## Fix\n1. Hold the power button for 10 seconds to switch it off.\n"
            "2. Start it and press **F8** (or hold Shift while choosing *Restart*).\n"
            "3. Choose *Troubleshoot > Advanced options > Uninstall updates* and remove the "
            "latest quality update.\n4. If the display driver was updated, roll it back in "
            "Device Manager.\n\nStill stuck? Open a ticket and tell us the asset tag."
        ),
    },
    {
        "category": "Computer problem",
        "language": "en",
        "title": "Computer very slow: free disk space and check start-up apps",
        "tags": ["performance", "disk"],
        "body": (
            "A nearly full disk is the most common reason for a slow computer.\n\n"
            "- Run *Disk Clean-up* and empty the recycle bin.\n"
            "- Move old archives to your folder on the file server.\n"
            "- In Task Manager, disable start-up apps you do not need.\n\n"
            "Below 10% free space Windows slows down noticeably."
        ),
    },
    {
        "category": "Computer problem",
        "language": "it",
        "title": "Il PC si spegne da solo: surriscaldamento",
        "tags": ["hardware", "ventola"],
        "body": (
            "Se il computer si spegne all'improvviso, di solito si surriscalda.\n\n"
            "1. Controlla che le prese d'aria non siano ostruite.\n"
            "2. Pulisci la ventola con aria compressa (a computer spento).\n"
            "3. Non tenere il portatile sulle ginocchia o sul letto.\n\n"
            "Se si spegne ancora, apri un ticket: il tecnico verificherà la ventola."
        ),
    },
    {
        "category": "Computer problem",
        "language": "es",
        "title": "El ordenador no arranca: pantalla negra",
        "tags": ["arranque", "pantalla"],
        "body": (
            "Si el ordenador no arranca y la pantalla queda negra:\n\n"
            "1. Comprueba que el cable de alimentación y el del monitor están bien conectados.\n"
            "2. Mantén pulsado el botón de encendido 10 segundos y vuelve a encenderlo.\n"
            "3. Desconecta los dispositivos USB y prueba de nuevo.\n\n"
            "Si los indicadores no se encienden, abre una incidencia indicando la etiqueta "
            "del equipo."
        ),
    },
    {
        "category": "Computer problem",
        "language": "fr",
        "title": "L'écran reste noir au démarrage",
        "tags": ["ecran", "demarrage"],
        "body": (
            "Si l'écran reste noir au démarrage de l'ordinateur :\n\n"
            "1. Vérifiez que l'écran est allumé et que le câble vidéo est branché.\n"
            "2. Appuyez sur Windows + Ctrl + Maj + B pour relancer le pilote graphique.\n"
            "3. Redémarrez en maintenant le bouton d'alimentation 10 secondes.\n\n"
            "Si rien ne s'affiche, ouvrez un ticket."
        ),
    },
    {
        "category": "Printer",
        "language": "en",
        "title": "Printer jams on every page",
        "tags": ["printer", "paper-jam"],
        "body": (
            "Repeated paper jams usually come from damp or creased paper, or worn rollers.\n\n"
            "1. Open every tray and door and remove any torn paper.\n"
            "2. Fan a fresh ream and load it below the tray's line.\n"
            "3. Clean the pick-up rollers with a slightly damp cloth.\n\n"
            "If the printer still jams, note the error code on its display and open a ticket."
        ),
    },
    {
        "category": "Printer",
        "language": "en",
        "title": "Printer error E-502: clear the print queue",
        "tags": ["printer", "e-502"],
        "body": (
            "Error **E-502** means a stuck job blocks the queue.\n\n"
            "1. Open *Settings > Printers*, select the printer and *Open queue*.\n"
            "2. Cancel every document.\n3. Switch the printer off and on.\n"
        ),
    },
    {
        "category": "Printer",
        "language": "it",
        "title": "La stampante non stampa a colori",
        "tags": ["stampante", "colore"],
        "body": (
            "Se le stampe escono in bianco e nero:\n\n"
            "1. Nelle preferenze di stampa, disattiva *Stampa in scala di grigi*.\n"
            "2. Controlla il livello delle cartucce: con un colore esaurito alcune stampanti "
            "stampano solo in nero.\n3. Sostituisci le cartucce vuote (le trovi in magazzino)."
        ),
    },
    {
        "category": "Printer",
        "language": "es",
        "title": "La impresora no imprime: vaciar la cola de impresión",
        "tags": ["impresora", "cola"],
        "body": (
            "Cuando la impresora no imprime y los documentos se quedan en cola:\n\n"
            "1. Abre *Configuración > Impresoras* y cancela todos los documentos.\n"
            "2. Apaga la impresora, espera 30 segundos y enciéndela.\n"
            "3. Si muestra el error E-502, repite el paso 1.\n"
        ),
    },
    {
        "category": "Printer",
        "language": "fr",
        "title": "Installer une imprimante réseau",
        "tags": ["imprimante", "reseau"],
        "body": (
            "Pour ajouter une imprimante du bureau :\n\n"
            "1. Ouvrez *Paramètres > Imprimantes et scanners*.\n"
            "2. Cliquez sur *Ajouter un périphérique* et choisissez l'imprimante de votre "
            "étage (son nom est sur l'étiquette).\n3. Imprimez une page de test."
        ),
    },
    {
        "category": "Network and Wi-Fi",
        "language": "en",
        "title": "Wi-Fi keeps dropping every few minutes",
        "tags": ["wifi", "wireless"],
        "body": (
            "1. Forget the *Office* network and join it again.\n"
            "2. Update the wireless driver from the Software Centre.\n"
            "3. Turn off power saving for the wireless adapter in Device Manager.\n\n"
            "If colleagues in the same room have the problem too, report the room number."
        ),
    },
    {
        "category": "Network and Wi-Fi",
        "language": "en",
        "title": "VPN does not connect from home",
        "tags": ["vpn", "remote"],
        "body": (
            "Check that your home internet works, then:\n\n"
            "1. Sign out of the VPN client and sign in again with your network password.\n"
            "2. Approve the notification on your phone within 60 seconds.\n"
            "3. If the client says *certificate expired*, connect once from the office."
        ),
    },
    {
        "category": "Network and Wi-Fi",
        "language": "it",
        "title": "La rete è lenta: controlli da fare",
        "tags": ["rete", "lentezza"],
        "body": (
            "Se la rete è lenta su un solo computer:\n\n"
            "1. Collega il cavo di rete invece del Wi-Fi e prova di nuovo.\n"
            "2. Chiudi le sincronizzazioni di file in corso.\n"
            "3. Riavvia il computer.\n\nSe è lenta per tutto il piano, segnalalo: verificheremo "
            "lo switch."
        ),
    },
    {
        "category": "Network and Wi-Fi",
        "language": "fr",
        "title": "Pas d'accès au réseau dans le bureau",
        "tags": ["reseau", "cable"],
        "body": (
            "1. Vérifiez que le câble réseau est bien branché au mur et à l'ordinateur.\n"
            "2. Essayez une autre prise réseau du bureau.\n"
            "3. Redémarrez l'ordinateur.\n\nSi les voyants de la prise restent éteints, "
            "ouvrez un ticket avec le numéro de la prise."
        ),
    },
    {
        "category": "Network and Wi-Fi",
        "language": "es",
        "title": "Conectarse a la red wifi de invitados",
        "tags": ["wifi", "invitados"],
        "body": (
            "Las visitas usan la red *Invitados*. Recepción entrega una contraseña válida "
            "para un día. La red de invitados no da acceso a las carpetas compartidas."
        ),
    },
    {
        "category": "Accounts and access",
        "language": "en",
        "title": "Reset an expired password",
        "tags": ["password", "account"],
        "body": (
            "Passwords expire every 90 days. To set a new one:\n\n"
            "1. Go to the self-service portal and choose *Forgot password*.\n"
            "2. Confirm with the code sent to your phone.\n"
            "3. Choose a password of at least 12 characters you have not used before."
        ),
    },
    {
        "category": "Accounts and access",
        "language": "it",
        "title": "Account bloccato dopo troppi tentativi",
        "tags": ["account", "password"],
        "body": (
            "Dopo tre tentativi con la password sbagliata l'account si blocca per 30 minuti.\n\n"
            "Aspetta e riprova, oppure sblocca l'account dal portale self-service con il codice "
            "inviato al telefono."
        ),
    },
    {
        "category": "Accounts and access",
        "language": "es",
        "title": "Cambiar la contraseña caducada",
        "tags": ["contrasena", "cuenta"],
        "body": (
            "Las contraseñas caducan cada 90 días. Para cambiarla, entra en el portal de "
            "autoservicio, elige *He olvidado mi contraseña* y confirma con el código que "
            "recibirás en el móvil."
        ),
    },
    {
        "category": "Accounts and access",
        "language": "fr",
        "title": "Accès refusé au dossier partagé",
        "tags": ["acces", "dossier"],
        "body": (
            "L'accès aux dossiers partagés est accordé par le responsable du service.\n\n"
            "Demandez-lui d'approuver l'accès dans le portail, puis déconnectez-vous et "
            "reconnectez-vous pour que les droits soient appliqués."
        ),
    },
    {
        "category": "Telephony",
        "language": "en",
        "title": "Desk phone has no dial tone",
        "tags": ["phone"],
        "body": (
            "1. Check that the handset cord is plugged into the handset port, not the headset "
            "port.\n2. Unplug the network cable of the phone for 10 seconds.\n"
            "3. Wait for the phone to restart (about a minute)."
        ),
    },
    {
        "category": "Telephony",
        "language": "it",
        "title": "Il telefono non squilla",
        "tags": ["telefono"],
        "body": (
            "Verifica che non sia attivo il *Non disturbare* (icona a forma di luna) e che "
            "l'inoltro di chiamata sia disattivato dal menu Impostazioni."
        ),
    },
    {
        "category": "Telephony",
        "language": "en",
        "title": "Switchboard transfer codes (team only)",
        "tags": ["phone", "switchboard"],
        "internal": True,
        "body": (
            "Blind transfer: **#1** + extension. Attended transfer: **#2** + extension, then "
            "hang up. Park a call: **#7**; pick it up from any phone with **#8**."
        ),
    },
    {
        "category": "Accounts and access",
        "language": "en",
        "title": "Unlocking accounts in the directory (team only)",
        "tags": ["account", "directory"],
        "internal": True,
        "body": (
            "Find the user in the directory console, open *Account* and clear *Locked*. Never "
            "reset a password without calling the person back on their registered number."
        ),
    },
]

# Guides: trees whose ticket leaves name a category and a team by name (resolved on load).
GUIDES: list[dict[str, Any]] = [
    {
        "category": "Printer",
        "language": "en",
        "title": "My printer does not print",
        "body": "Answer a few questions; most printing problems are fixed in a minute.",
        "tags": ["printer"],
        "tree": {
            "start": "display",
            "nodes": [
                {
                    "id": "display",
                    "type": "question",
                    "text": "Is the printer's display lit?",
                    "yes": "error",
                    "no": "power",
                },
                {
                    "id": "power",
                    "type": "solution",
                    "text": "Check the power cable and press the power button for 2 seconds.",
                },
                {
                    "id": "error",
                    "type": "question",
                    "text": "Does the display show an error code?",
                    "yes": "queue",
                    "no": "others",
                },
                {
                    "id": "queue",
                    "type": "solution",
                    "text": "Clear the print queue (*Settings > Printers > Open queue*), then "
                    "switch the printer off and on.",
                },
                {
                    "id": "others",
                    "type": "question",
                    "text": "Can colleagues print on it?",
                    "yes": "driver",
                    "no": "ticket",
                },
                {
                    "id": "driver",
                    "type": "solution",
                    "text": "Remove the printer from your computer and add it again.",
                },
                {
                    "id": "ticket",
                    "type": "ticket",
                    "text": "The printer needs a technician: we will open a ticket for you.",
                    "category": "Printer",
                    "team": "Service Desk",
                },
            ],
        },
    },
    {
        "category": "Network and Wi-Fi",
        "language": "it",
        "title": "Non riesco a collegarmi alla VPN",
        "body": "Qualche domanda per capire perché la VPN non si collega da casa.",
        "tags": ["vpn"],
        "tree": {
            "start": "internet",
            "nodes": [
                {
                    "id": "internet",
                    "type": "question",
                    "text": "Riesci ad aprire un sito internet qualsiasi?",
                    "yes": "phone",
                    "no": "router",
                },
                {
                    "id": "router",
                    "type": "solution",
                    "text": "Riavvia il router di casa e attendi due minuti.",
                },
                {
                    "id": "phone",
                    "type": "question",
                    "text": "Ricevi la notifica di approvazione sul telefono?",
                    "yes": "network",
                    "no": "app",
                },
                {
                    "id": "app",
                    "type": "solution",
                    "text": "Apri l'app di autenticazione e controlla che le notifiche siano "
                    "attive.",
                },
                {
                    "id": "network",
                    "type": "ticket",
                    "text": "Serve il team Rete: apriamo un ticket.",
                    "category": "Network and Wi-Fi",
                    "team": "Network",
                },
            ],
        },
    },
]

PAST_BULLETIN: dict[str, Any] = {
    "title": "Email outage",
    "message": (
        "Email is unavailable for everyone since 09:10. The provider is working on it; mail "
        "sent meanwhile is queued, not lost. **No need to open a ticket.**"
    ),
    "service": "Email",
    "category": "Accounts and access",
    "days_ago": 21,
    "hours": 3,
    "subjects": [
        "Cannot send email",
        "Email non funziona",
        "No puedo enviar correos",
        "Outlook says disconnected",
    ],
    "resolution": (
        "The email provider fixed a certificate problem at 12:05; queued mail was delivered. "
        "Restart Outlook if it still shows *Disconnected*."
    ),
}
