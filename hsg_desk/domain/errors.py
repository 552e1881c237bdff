"""Errors the rules raise, with messages a clerk or technologist can read."""


class DomainError(Exception):
    """An action the clinic's rules do not allow; the message is shown to the user."""


class ValidationError(DomainError):
    """A value that cannot be accepted; `field` names the form field it belongs to."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
