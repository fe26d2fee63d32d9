"""Shipped CL-LNS weights and their lookup (:mod:`.lns`)."""
