package xpathi

import (
	"fmt"
	"net/http"

	"github.com/antchfx/xmlquery"
)

func build011(value string) string {
	return "//product[@sku='" + value + "']/price"
}

func CatalogHandler011(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ck, err := r.Cookie("sku")
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		sku := ck.Value
		for _, node := range xmlquery.Find(doc, build011(sku)) {
			fmt.Fprintln(w, node.InnerText())
		}
	}
}
