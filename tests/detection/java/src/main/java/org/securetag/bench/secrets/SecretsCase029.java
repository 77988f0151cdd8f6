package org.securetag.bench.secrets;

import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import org.springframework.stereotype.Service;

@Service
public class SecretsCase029 {

    public DirContext bind() throws NamingException {
        java.util.Hashtable<String, String> env = new java.util.Hashtable<String, String>();
        env.put(javax.naming.Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(javax.naming.Context.PROVIDER_URL, "ldaps://ldap.example.com:636");
        env.put(javax.naming.Context.SECURITY_PRINCIPAL, "cn=svc-portal,ou=services,dc=example,dc=com");
        env.put(javax.naming.Context.SECURITY_CREDENTIALS, "qX9!vL2#pR7m");
        return new javax.naming.directory.InitialDirContext(env);
    }
}
