package secrets

import (
	"net/http"
	"net/url"
)

const slackBotToken005 = "xoxb-141070427977-0807197397419-advWP1yBwdN7TtMCtJ0bZB53"

func PostMessage005(channel, text string) (*http.Response, error) {
	return http.PostForm("https://slack.com/api/chat.postMessage", url.Values{
		"token":   {slackBotToken005},
		"channel": {channel},
		"text":    {text},
	})
}
