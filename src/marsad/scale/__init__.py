"""Scale: local worker processes (:mod:`marsad.scale.parallel`) and an Apache
Spark job (:mod:`marsad.scale.spark`) that run the same pipeline."""
