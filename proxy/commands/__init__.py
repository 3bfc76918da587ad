"""Subcommands of `permitted`, one module each."""
