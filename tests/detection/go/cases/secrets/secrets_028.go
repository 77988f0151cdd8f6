package secrets

import (
	"os"
)

const deployKeyPath028 = "/etc/deploy/id_ed25519"

func DeployKey028() ([]byte, error) {
	return os.ReadFile(deployKeyPath028)
}
