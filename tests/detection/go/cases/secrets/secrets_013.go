package secrets

import (
	"database/sql"
	"fmt"
)

const dbUser013 = "reporting"
const dbPassword013 = "W5aJFh#qolgBu8m"

func Open013(host string) (*sql.DB, error) {
	dsn := fmt.Sprintf("%s:%s@tcp(%s:3306)/reports?parseTime=true", dbUser013, dbPassword013, host)
	return sql.Open("mysql", dsn)
}
