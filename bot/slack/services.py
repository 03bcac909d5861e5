"""What the listeners need besides the payload (the core, the vote store, the delivery log), via bolt's context.

A middleware puts one `Services` into every request's context, so listeners stay module-level functions
that take only what bolt injects. bolt deep-copies the context for lazy listeners; `Services` is shared
on purpose (one core, one database), so copying hands back the same object.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import BoltContext

from bot.core import PracticeGuide
from bot.slack.deliveries import DeliveryLog
from bot.slack.feedback import FeedbackStore

CONTEXT_KEY = "practice_guide"


@dataclass(frozen=True, eq=False)
class Services:
    guide: PracticeGuide
    store: FeedbackStore
    deliveries: DeliveryLog

    def __deepcopy__(self, memo: dict[int, Any]) -> Services:
        return self


def provide(services: Services) -> Callable[..., None]:
    """A global middleware that hands `services` to every listener through the context."""

    def add_services(context: BoltContext, next: Callable[[], None]) -> None:
        context[CONTEXT_KEY] = services
        next()

    return add_services


def services_of(context: BoltContext) -> Services:
    services = context[CONTEXT_KEY]
    assert isinstance(services, Services)
    return services
