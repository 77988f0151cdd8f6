import ldap3


def bind_service_account(password: str) -> ldap3.Connection:
    server = ldap3.Server("ldaps://ldap.example.com")
    return ldap3.Connection(
        server,
        user="cn=svc-portal,ou=services,dc=example,dc=com",
        password=password,
        auto_bind=True,
    )
