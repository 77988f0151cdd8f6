package secrets

const ecKey039 = `-----BEGIN EC PRIVATE KEY-----
cqZmrK3pwfNhm3U9lTb2teKs61YI1mt4nQQ/yOWDo+BDKmfHGZmHOwLdRO9Cr6bG
bYpaTw6oIxAqAJSz2L2CPJoDWBea5zpYIMK8W+ngDf3MZAOEd/kglNTGx6livxTX
5LP0qP5CRK+ZOgPTycucoY/0to1UWSuJbOYr6Ih9B9r7jP97PRshLCXfNW/UgejQ
Rsbv8zQSQRbJugPIMj1mV3MG==
-----END EC PRIVATE KEY-----`

func KeyMaterial039() string {
	return ecKey039
}
