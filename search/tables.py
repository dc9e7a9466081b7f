"""Tables read from the database once and shared by a process's threads.

A save or delete of one of the models a table is built from rebuilds it at once in
this process (signals); a change made in another process is seen within `max_age`.
"""

import threading
import time

from django.db.models.signals import post_delete, post_save


class SharedTable:
    def __init__(self, name: str, build, models, max_age: float = 60.0):
        self.build, self.max_age = build, max_age
        self._lock = threading.Lock()
        self._version = 0
        self._state = (None, 0.0, {})  # (version built, when, table)
        for model in models:
            uid = f"{name}-{model.__name__}"
            post_save.connect(self.forget, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(self.forget, sender=model, dispatch_uid=f"{uid}-delete")

    def forget(self, **kwargs) -> None:
        self._version += 1

    def get(self):
        now = time.monotonic()
        version, built, table = self._state
        if version == self._version and now - built < self.max_age:
            return table
        with self._lock:
            version = self._version
            table = self.build()
            self._state = (version, now, table)
        return table
