package securecookie

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func Login042(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: c.Get("sid").(string), Secure: true, HttpOnly: true})
	return c.NoContent(http.StatusNoContent)
}
