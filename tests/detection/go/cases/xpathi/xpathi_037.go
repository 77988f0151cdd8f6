package xpathi

import (
	"net/http"
	"strconv"

	"github.com/antchfx/xmlquery"
	"github.com/gorilla/mux"
)

func CatalogHandler037(doc *xmlquery.Node) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sku := mux.Vars(r)["sku"]
		num, err := strconv.Atoi(sku)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		safe := strconv.Itoa(num)
		node := xmlquery.FindOne(doc, "//product[@sku='"+safe+"']/price")
		if node == nil {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte(node.InnerText()))
	}
}
