"""The edges that lay an Answer out: plain text and JSON here, Block Kit in bot/slack/blocks.py."""
