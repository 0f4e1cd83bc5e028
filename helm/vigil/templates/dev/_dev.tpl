{{/* A single-replica dev dependency: Deployment + Service. Args: root, name, image, port(s) list, spec fields. */}}
{{- define "vigil.dev.labels" -}}
{{ include "vigil.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: dev-dependency
{{- end -}}

{{- define "vigil.dev.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "vigil.fullname" .root }}-{{ .name }}
  labels:
    {{- include "vigil.dev.labels" . | nindent 4 }}
spec:
  selector:
    app.kubernetes.io/name: {{ .name }}
    app.kubernetes.io/instance: {{ .root.Release.Name }}
  ports:
    {{- range .ports }}
    - name: {{ .name }}
      port: {{ .port }}
      targetPort: {{ .port }}
    {{- end }}
{{- end -}}
