module example.com/bench

go 1.21

require (
	github.com/antchfx/xmlquery v1.4.1
	github.com/antchfx/xpath v1.3.1
	github.com/gin-contrib/sessions v1.0.1
	github.com/gin-gonic/gin v1.10.0
	github.com/go-chi/chi/v5 v5.1.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/sessions v1.3.0
	github.com/labstack/echo/v4 v4.12.0
	github.com/redis/go-redis/v9 v9.6.1
	golang.org/x/crypto v0.26.0
	gopkg.in/yaml.v3 v3.0.1
)
