package secrets

type smtpConfig038 struct {
	Host     string
	User     string
	Password string
}

func Defaults038() smtpConfig038 {
	cfg := smtpConfig038{Host: "smtp.example.com", User: "noreply"}
	cfg.Password = "<set SMTP_PASSWORD>"
	return cfg
}
