"""marsad.evaluation"""
