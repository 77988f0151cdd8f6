package securecookie

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

func Login041(c echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "session", Value: c.Get("sid").(string), HttpOnly: true})
	return c.NoContent(http.StatusNoContent)
}
