"""Imports every domain's tasks so that the engines and `sportello jobs run` know them all.

Add a line here when a domain gets a `tasks.py`. Extra modules (plug-ins, tests) can be named
in SPORTELLO_TASK_MODULES.
"""

import importlib

from api.attachment import tasks as attachment_tasks
from api.auth import tasks as auth_tasks
from api.core.config import Settings
from api.jobs import tasks as jobs_tasks
from api.mail import tasks as mail_tasks
from api.mail.mailbox import tasks as mailbox_tasks
from api.sla import tasks as sla_tasks
from api.ticket import tasks as ticket_tasks
from api.webhook import tasks as webhook_tasks

DOMAIN_TASK_MODULES = (
    attachment_tasks,
    auth_tasks,
    jobs_tasks,
    sla_tasks,
    ticket_tasks,
    webhook_tasks,
    mailbox_tasks,
    mail_tasks,
)


def load_tasks(settings: Settings) -> None:
    for module in settings.task_module_list:
        importlib.import_module(module)
