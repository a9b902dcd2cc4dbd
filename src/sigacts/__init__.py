"""sigacts: conflict reporting in, structured evidence-linked event data out."""

__version__ = "0.1.0"
