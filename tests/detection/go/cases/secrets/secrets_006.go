package secrets

import (
	"net/http"
	"net/url"
	"os"
)

var slackBotToken006 = os.Getenv("SLACK_BOT_TOKEN")

func PostMessage006(channel, text string) (*http.Response, error) {
	return http.PostForm("https://slack.com/api/chat.postMessage", url.Values{
		"token":   {slackBotToken006},
		"channel": {channel},
		"text":    {text},
	})
}
