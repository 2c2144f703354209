"""Errors a user can act on, raised by services and shown by views and commands."""


class ApplicationError(Exception):
    """A business rule refused the request; the message is for the user."""
