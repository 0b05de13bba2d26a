"""marsad.clean"""
