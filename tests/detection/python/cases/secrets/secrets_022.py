import ldap3


def bind_service_account() -> ldap3.Connection:
    server = ldap3.Server("ldaps://ldap.example.com")
    return ldap3.Connection(
        server,
        user="cn=svc-portal,ou=services,dc=example,dc=com",
        password="sm4hW1!hwxBwwH2",
        auto_bind=True,
    )
