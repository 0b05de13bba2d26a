"""marsad.events"""
