"""Hypothesis strategies for dates of every year written every way workers write them.

A development package shared by tests/ (a few thousand examples) and bench/ (the soak), so neither
imports the other. Never shipped: the installed package holds bot/, knowledge/ and calculators/ only.
"""
