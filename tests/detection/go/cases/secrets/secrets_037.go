package secrets

type smtpConfig037 struct {
	Host     string
	User     string
	Password string
}

func Defaults037() smtpConfig037 {
	cfg := smtpConfig037{Host: "smtp.example.com", User: "noreply"}
	cfg.Password = "173fxvY@ptoTAB"
	return cfg
}
