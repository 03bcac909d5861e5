"""Stand-ins for Slack's own servers (Web API over HTTP, Socket Mode over WebSocket) on 127.0.0.1.

A development package shared by tests/ and bench/, so neither imports the other. Never shipped: the
installed package holds bot/, knowledge/ and calculators/ only.
"""
