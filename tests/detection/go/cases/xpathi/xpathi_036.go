package xpathi

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

type payload036 struct {
	Sku string `json:"sku"`
}

type state036 struct {
	value string
	owner string
}

func CatalogHandler036(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var body payload036
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := body.Sku
		st := &state036{owner: "A100"}
		st.value = sku
		for _, node := range xmlquery.Find(doc, "//product[@sku='"+st.owner+"']/price") {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
