"""RFC 3161 time-stamps over the shop's chain heads: asked of a time-stamping authority
(TSA), kept in the shop's database, and checked offline against the TSA's certificate.

A pack or a backup proves the chains held some heads when it was made, but a shop could
have made it yesterday and dated it last month. A TSA's signed token binds the heads to
the TSA's own clock: the records up to those heads existed then, and a chain that no
longer holds them was rewritten after that time.
"""
