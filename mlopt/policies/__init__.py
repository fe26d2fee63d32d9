"""Learned selection policies: :mod:`~mlopt.policies.clns`, the CL-LNS neighbourhood policy."""
