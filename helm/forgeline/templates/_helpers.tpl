{{/*
The workloads and their fixed facts: ports as in infra/launcher/common.sh (http: the API, and gRPC for a
service; management: health and metrics), and which Kafka topic a consumer reads. Not values: the
services' own configuration decides them.
*/}}
{{- define "forgeline.workloads" -}}
scheduling:
  http: 8081
  management: 9081
  component: service
execution:
  http: 8082
  management: 9082
  component: service
  consumer:
    group: execution
    topic: scheduling.production-orders.v1
quality:
  http: 8083
  management: 9083
  component: service
warehouse:
  http: 8084
  management: 9084
  component: service
supply:
  http: 8085
  management: 9085
  component: service
  consumer:
    group: supply
    topic: scheduling.purchase-requisitions.v1
gateway:
  http: 8080
  management: 9080
  component: gateway
{{- end -}}

{{/* A workload's settings: workloadDefaults with services.<name> laid over them. */}}
{{- define "forgeline.settings" -}}
{{- $root := index . 0 -}}
{{- $name := index . 1 -}}
{{- $own := index $root.Values.services $name | default dict -}}
{{- toYaml (mergeOverwrite (deepCopy $root.Values.workloadDefaults) (deepCopy $own)) -}}
{{- end -}}

{{- define "forgeline.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: forgeline
{{- end -}}

{{/* Selector labels of a workload: the same as in k8s/base, so either tool can take over the other's objects. */}}
{{- define "forgeline.selector" -}}
app.kubernetes.io/name: {{ . }}
app.kubernetes.io/part-of: forgeline
{{- end -}}

{{- define "forgeline.kafkaBootstrap" -}}
{{- if .Values.kafka.operator -}}
{{ .Values.kafka.clusterName }}-kafka-bootstrap:9092
{{- else -}}
{{ required "kafka.bootstrapServers is required when kafka.operator is false" .Values.kafka.bootstrapServers }}
{{- end -}}
{{- end -}}

{{- define "forgeline.dbHost" -}}
{{- if .Values.postgresql.operator -}}
{{ .Values.postgresql.clusterName }}-rw
{{- else -}}
{{ required "postgresql.external.host is required when postgresql.operator is false" .Values.postgresql.external.host }}
{{- end -}}
{{- end -}}

{{- define "forgeline.dbPort" -}}
{{- if .Values.postgresql.operator -}}5432{{- else -}}{{ int .Values.postgresql.external.port }}{{- end -}}
{{- end -}}

{{- define "forgeline.keycloakUrl" -}}
{{- if .Values.keycloak.operator -}}
http://keycloak-service:8080
{{- else -}}
{{ required "keycloak.url is required when keycloak.operator is false" .Values.keycloak.url }}
{{- end -}}
{{- end -}}

{{/* The egress rule to Keycloak: its pods when the operator runs it, else the configured peers and port. */}}
{{- define "forgeline.keycloakEgress" -}}
{{- if .Values.keycloak.operator -}}
- to:
    - podSelector:
        matchLabels:
          app.kubernetes.io/managed-by: keycloak-operator
  ports:
    - protocol: TCP
      port: 8080
{{- else -}}
- ports:
    - protocol: TCP
      port: {{ int .Values.keycloak.externalPort }}
  {{- with .Values.keycloak.externalEgressTo }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
{{- end -}}
