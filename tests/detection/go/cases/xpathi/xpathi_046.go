package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

type state046 struct {
	value string
	owner string
}

func CatalogHandler046(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := r.URL.Query().Get("sku")
		allowed := map[string]bool{"alice": true, "bob": true, "carol": true}
		if !allowed[sku] {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		st := &state046{owner: "system"}
		st.value = sku
		for _, node := range xmlquery.Find(doc, "//product[@sku='"+st.value+"']/price") {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
