from cryptography.hazmat.primitives import serialization

SIGNING_KEY_PEM = """-----BEGIN RSA PRIVATE KEY-----
pKT3kRbf9mP8339inn/Gj6J4QqCOHFA/pj4xlgHqkV3zm2vEHTXfsL0jYM0GbJsf
s8UjnsAmwqusKrEELxvGzIhR3gwRrZ3wy9OH0RGZ7+mi1v7Wr4nDjpLotZRjB2Ut
XymvEix0A3mvtBIFuDmDJLviRQGBnyC4Ok/DkCg5tx9ydlYfbFiUdm6fTAR0Ik7K
vTNfFRh4ImYtLJdNucCdcQayVc5QtYU6AO0fOETWDlTagdygj4qLjvcFm8tFyjnp
I8SaPi/iWaDkgUxEewuvEEFnmnvjdzP1F7hJJVNS7dUQoRxpB1JfCv827jnVw+lV
4/tPv4XW+7qdEjSt4RJVO+3F27mJd4NTIby770JJuK9CJKr5xS8ILta7vHz8TTuA
ywtc9BuwtSDZC1vyV8AT1y5V+fZrUWYIQ50kR0iq7B/gAwr01S1RGdPvph6fML9D
HvoBQx4+tI648rzX7XGh7V6pccLYgcQnqn2/qCD4jxcBXgo8ZqB/9ry+rjWck6SF
2ilDl5t36Uqjjw+GDi+PWY8GUJwQkFNv8TPqPhe/tjZR4JMyQmSMVXaDUc+E585o
WSgxJvokCnzGTLh6/JKI/HIXg4/WPmLP+3rdDSn21t9q35L/05V/GYKF+nDs6E3u
/lXiRPW5N8tbyfbrn9oQF+YVElTlp0NRPgw5ZMZgeohaK8imGHZTAZeH3eG0Oa9A
cdfK+hYokZqTdkywMhsDud4dHSt9QUT7eb43KtGrkeQYSu6bgI2ZPNgXpHLGRuU3
vcBawyuB105S1MUqzBW5OnvDPfPaWP2wB5DVSL/h==
-----END RSA PRIVATE KEY-----
"""


def load_signing_key():
    return serialization.load_pem_private_key(SIGNING_KEY_PEM.encode(), password=None)
