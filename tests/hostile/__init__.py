"""Hostile inputs for the hardening tests: feed bodies and misbehaving HTTP servers.

Everything here is generated at test time (big inputs are never checked in), and every
generator is deterministic so a failure can be reproduced from its name alone.
"""
