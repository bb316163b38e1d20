"""Alerts: rules (data) that find parcels and orders in trouble, and their life cycle."""
