"""Permitted's proxy: the SMTP session, the pipeline, relay, quarantine, bounces, store, config, CLI."""
