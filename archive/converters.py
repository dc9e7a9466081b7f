"""Path converters for date pages: months and days are written on two digits.

`/articles/2022/01/02/` is the one address of a day; `reverse()` writes it so, and the
date views redirect any other spelling of the same numbers (`/articles/2022/1/2/`) to it.
"""


class TwoDigitConverter:
    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return f"{int(value):02d}"


class YearConverter:
    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(int(value))
