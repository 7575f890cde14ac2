"""Read models: frozen views of case data for screens, paper and (later) bundles.

A view holds plain values, never a database row or a session, so a screen can keep it as
long as it likes and nothing it does can write to the vault by accident. A BSN in a view is
masked unless a service was asked for the full number. Builders here take rows the services
have read; the queries stay in the services. This package imports only the domain.
"""
